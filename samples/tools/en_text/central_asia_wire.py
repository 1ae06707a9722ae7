"""Central Asia Wire (no country, English, RSS 2.0): an aggregator that republishes other outlets'
posts word for word and appends an attribution line, WordPress style, plus share boilerplate.
COPIES name the source outlet module and item key; build_en.py copies the source body."""
from .common import ps

SLUG = "central-asia-wire"
NAME = "Central Asia Wire"
DESCRIPTION = "The best reporting on Central Asia, from across the region"

# (wire post id, source outlet slug, source item key, attribution style, hours after the source, wire categories)
# style "originally" -> "This post was originally published on <a>Outlet</a>."
# style "appeared"   -> "The post <a>Title</a> appeared first on <a>Outlet</a>."
COPIES = [
    (20311, "steppe-herald", "e2", "originally", 3, ["kazakhstan", "protest"]),
    (20288, "steppe-herald", "e1", "appeared", 2, ["kazakhstan", "energy"]),
    (20212, "steppe-herald", "aktau-port", "appeared", 5, ["kazakhstan", "economy"]),
    (20276, "steppe-herald", "tokayev-parliament", "originally", 4, ["kazakhstan", "politics"]),
    (20290, "bishkek-observer", "e1", "originally", 4, ["kyrgyzstan", "energy"]),
    (20345, "bishkek-observer", "e3", "appeared", 2, ["kyrgyzstan", "disasters"]),
    # Categories name both countries, but the story is about Kyrgyz traders: a tagging case.
    (20240, "bishkek-observer", "border-trade", "appeared", 6, ["kazakhstan", "kyrgyzstan"]),
    (20190, "bishkek-observer", "kumtor", "originally", 8, ["kyrgyzstan", "mining"]),
    (20371, "dushanbe-daily", "e5", "originally", 2, ["tajikistan", "media freedom"]),
    (20330, "dushanbe-daily", "rogun", "appeared", 3, ["tajikistan", "energy"]),
    (20233, "dushanbe-daily", "casa-1000", "originally", 5, ["tajikistan", "afghanistan", "energy"]),
    (20292, "tashkent-times", "e1", "appeared", 3, ["uzbekistan", "energy"]),
    (20347, "tashkent-times", "e3", "originally", 1, ["uzbekistan", "disasters"]),
    (20339, "tashkent-times", "qosh-tepa", "appeared", 4, ["uzbekistan", "afghanistan", "water"]),
    (20301, "ashgabat-monitor", "e6", "originally", 6, ["turkmenistan", "energy"]),
    (20358, "ashgabat-monitor", "line-d", "appeared", 2, ["turkmenistan", "china"]),
    (20317, "ashgabat-monitor", "internet", "originally", 3, ["turkmenistan", "media freedom"]),
]

# The copy listed twice in the feed (same guid, same content): the duplicate-entry case.
DUPLICATED_POST_ID = 20371

# An item with a title and a link and nothing else: the empty-item case.
EMPTY = dict(guid=20326, date="2026-11-11 06:00", slug="live-tashkent-international-investment-forum",
             title="LIVE: Tashkent International Investment Forum, day two", cats=["uzbekistan"],
             check_comment="empty item: title and link only")

ORIGINALS = [
    dict(guid=20352, date="2026-11-14 12:00", slug="week-in-central-asia-dams-gas-and-a-quake",
         title="The week in Central Asia: dams, gas prices and a quake", author="Central Asia Wire",
         cats=["kazakhstan", "kyrgyzstan", "uzbekistan", "turkmenistan", "digest"],
         body=ps(
             "<h3>Kambarata-1 gets its money</h3>",
             "The biggest regional story of the past fortnight was the signing in Bishkek of the financing agreement for the Kambarata-1 dam on the Naryn. For Kyrgyzstan it is about winter electricity; for Uzbekistan and Kazakhstan it is about controlling summer water. The hard part, raising several billion dollars, is still ahead.",
             "<h3>Gas anger in Mangystau</h3>",
             "In Zhanaozen, the town where Kazakhstan&#8217;s unrest of January 2022 began, residents rallied against a jump in the price of liquefied gas. The protest ended peacefully, but the government knows how quickly such anger can spread.",
             "<h3>A quake in the south</h3>",
             "Saturday&#8217;s magnitude 5.8 earthquake near Osh damaged dozens of homes in Kara-Suu and was felt in Andijan. Nobody died, a reminder that Soviet-era mud-brick houses remain the main risk in the region.",
             "<h3>Turkmen gas, again</h3>",
             "Ashgabat opened a new gas-chemical plant and repeated that TAPI is on schedule. Few outside observers believe that.",
         )),
    dict(guid=20265, date="2026-10-31 09:00", slug="mongolia-and-kazakhstan-discuss-altai-road-link",
         title="Mongolia and Kazakhstan revive plans for a road through the Altai", author="Baurzhan Ismailov",
         cats=["mongolia", "kazakhstan", "transport"],
         body=ps(
             "ULAANBAATAR, Mongolia &#8212; Mongolia and Kazakhstan have agreed to study a direct road link through the Altai mountains, which would connect Bayan-Ölgii province, home to Mongolia&#8217;s ethnic Kazakh minority, with the East Kazakhstan region.",
             "The two countries do not share a border: a strip of Russian and Chinese territory, only a few dozen kilometres wide at its narrowest, separates them. Any road would therefore need transit agreements with Russia or China. Officials from Ulaanbaatar and Astana said the feasibility study would look at both options.",
             "About 100,000 Kazakhs live in western Mongolia, and many families have relatives who moved to Kazakhstan after 1991. Today they travel by a long detour through Russia, with two border crossings and expensive visas. Traders in Ölgii said a direct road would also open a market for Mongolian meat and wool.",
         )),
]
