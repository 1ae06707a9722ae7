"""Silk Road Review: English-language analysis of Central Asia's neighbours. JSON Feed 1.0 (the 1.0
'author' object, no 'language' or 'authors'). Invented stories, real places and public names."""

KIND = "json"

OUTLET = {
    "slug": "silk-road-review", "name": "Silk Road Review", "language": "en", "tz_hours": 0,
    "description": "News and analysis from the lands around Central Asia: Afghanistan, China, Mongolia, Russia, Iran, the Caucasus and South Asia.",
    "tagline": "Silk Road Review: the neighbourhood of Central Asia",
    "nav": '<a href="{{origin}}/silk-road-review/">Home</a> <a href="{{origin}}/silk-road-review/region/afghanistan/">Afghanistan</a> '
           '<a href="{{origin}}/silk-road-review/region/china/">China</a> <a href="{{origin}}/silk-road-review/region/russia/">Russia</a>',
    "footer": "© 2026 Silk Road Review. All rights reserved.",
}

ITEMS = [
    {
        "slug": "osh-earthquake-magnitude-5-8", "date": "2026-11-14 09:10", "modified": "2026-11-14 15:30",
        "dateline": "OSH, Kyrgyzstan —", "author": "Timur Akhmetov", "tags": ["Kyrgyzstan", "Uzbekistan", "Earthquake"],
        "title": "Magnitude 5.8 quake shakes southern Kyrgyzstan, felt across the Fergana Valley",
        "image": ("osh-quake-street", "Residents gather outside apartment blocks in Osh after the tremor", "Image: Silk Road Review / Aibek Toktogulov"),
        "paras": [
            "A magnitude 5.8 earthquake struck near Osh on Saturday morning, sending residents of Kyrgyzstan's second city into the streets. The tremor was felt across the Fergana Valley, including in the Uzbek city of Andijan, where some shops briefly closed.",
            "Kyrgyz officials reported no deaths. The worst damage was in the Kara-Suu district, where several dozen homes built of mud brick developed cracks and chimneys collapsed. A handful of people were treated for minor injuries.",
            "The Fergana Valley is one of the most seismically active parts of Central Asia, and much of its housing stock predates modern building codes. Engineers have long warned that a stronger quake close to a city such as Osh or Andijan could cause heavy losses.",
        ],
    },
    {
        "slug": "dushanbe-journalist-seven-years-extremism", "date": "2026-11-18 14:40",
        "dateline": "DUSHANBE, Tajikistan —", "author": "Farhod Nazarov", "tags": ["Tajikistan", "Media freedom"],
        "title": "Tajik court jails journalist for seven years on extremism charges",
        "paras": [
            "A court in Dushanbe on Wednesday sentenced an independent journalist to seven years in prison for \"extremism\", in a closed trial that press freedom groups called the latest step in Tajikistan's long crackdown on critical reporting.",
            "Prosecutors said articles and social media posts by the journalist amounted to support for a banned opposition movement. His lawyer said the evidence consisted of interviews with migrants and a comment left under one of his posts by an anonymous reader. Relatives were not allowed into the courtroom.",
            "Tajikistan under President Emomali Rahmon has jailed a string of reporters since 2022, and most independent outlets have closed or moved abroad. The verdict can be appealed, but such appeals have rarely succeeded.",
        ],
    },
    {
        "slug": "turkmenistan-gas-chemical-plant-tapi", "date": "2026-11-05 16:00",
        "dateline": "ASHGABAT, Turkmenistan —", "author": "Dilara Rakhimova", "tags": ["Turkmenistan", "Energy", "Afghanistan", "Pakistan"],
        "title": "Berdimuhamedov opens gas-chemical plant as Turkmenistan talks up TAPI",
        "image": ("ahal-plant", "The new gas-chemical complex in Ahal province", "Image: Turkmen state television"),
        "paras": [
            "President Serdar Berdimuhamedov on Thursday opened a gas-chemical plant in Ahal province outside Ashgabat, the latest in a series of projects meant to turn Turkmenistan's vast gas reserves into exportable products such as polyethylene and polypropylene.",
            "State television showed the president touring the plant alongside his father, Gurbanguly Berdimuhamedov, who retains the title of National Leader. Officials said the complex would employ around a thousand people.",
            "At the ceremony, officials also claimed progress on the TAPI pipeline, which is supposed to carry Turkmen gas through Afghanistan to Pakistan and India. Work on the Afghan section has advanced slowly since the Taliban returned to power, and financing for the full route remains unclear.",
        ],
    },
    {
        "slug": "qosh-tepa-canal-second-phase", "date": "2026-10-21 07:30",
        "dateline": "MAZAR-I-SHARIF, Afghanistan —", "author": "Rahim Sultani", "tags": ["Afghanistan", "Water", "Uzbekistan", "Turkmenistan"],
        "title": "Taliban push ahead with Qosh Tepa canal as downstream neighbours worry",
        "image": ("qosh-tepa", "Excavators on the second section of the Qosh Tepa canal", "Image: Bakhtar news agency"),
        "paras": [
            "Afghanistan's Taliban authorities say the second phase of the Qosh Tepa canal is more than half finished. The 285-kilometre channel will divert water from the Amu Darya to irrigate farmland across the northern provinces of Balkh, Jowzjan and Faryab.",
            "For Uzbekistan and Turkmenistan, which depend on the same river for cotton and wheat, the project is a serious concern. Hydrologists estimate that the canal could take up to a fifth of the river's flow in dry years, deepening water shortages in Karakalpakstan and the Dashoguz region.",
            "Tashkent has so far chosen quiet diplomacy, proposing joint water monitoring rather than public criticism. Afghanistan is not a party to the regional water agreements signed in the early 1990s.",
        ],
    },
    {
        "slug": "termez-hairatan-trade-taliban", "date": "2026-10-27 10:15",
        "dateline": "TERMEZ, Uzbekistan —", "author": "Rahim Sultani", "tags": ["Afghanistan", "Uzbekistan", "Trade"],
        "title": "Trade across the Friendship Bridge hits record as Uzbekistan courts Kabul",
        "paras": [
            "Freight crossing the Friendship Bridge between Termez and Hairatan reached a record in the third quarter, Uzbek customs data show. Flour, fuel and construction materials flow south, while dried fruit, cotton and coal come north.",
            "Uzbekistan has built a free trade zone and a logistics hub in Termez and talks about making the city a gateway to South Asia. Uzbek officials meet Taliban ministers regularly, even though Tashkent, like every other government in the region, has not formally recognised their administration.",
            "Traders on both sides complain about sudden changes to Afghan tariffs and about the difficulty of making bank transfers into Afghanistan, which remains cut off from most of the international financial system.",
        ],
    },
    {
        "slug": "xinjiang-ethnic-kazakh-detained-family-almaty", "date": "2026-11-02 08:45",
        "dateline": "URUMQI, China —", "author": "Laura Bekova", "tags": ["China", "Xinjiang", "Human rights"],
        "title": "Ethnic Kazakh herder held in Xinjiang after visit to relatives, family says",
        "image": ("almaty-family-photo", "The herder's sister holds his photograph in Almaty", "@zhanar.photo"),
        "paras": [
            "An ethnic Kazakh herder from Ili prefecture in China's Xinjiang region has been detained after returning from a visit to relatives in Kazakhstan, according to his sister, who lives in Almaty. She says police told the family he was being held for \"re-education\" but gave no charge.",
            "Around 1.5 million Kazakhs live in Xinjiang, and many have relatives across the border. Since 2017, hundreds of families in Kazakhstan have reported relatives detained in camps or prisons in the region; Beijing describes its policies as vocational training and counter-terrorism.",
            "China's foreign ministry did not respond to questions about the case. Activists in Almaty say the number of new detention reports had fallen in recent years but that travel between the two countries still carries risks for Chinese citizens of Kazakh origin.",
        ],
    },
    {
        "slug": "china-kyrgyzstan-uzbekistan-railway-tunnels", "date": "2026-10-24 06:20",
        "dateline": "KASHGAR, China —", "author": "Laura Bekova", "tags": ["China", "Kyrgyzstan", "Uzbekistan", "Railways"],
        "title": "Tunnel crews start work on China–Kyrgyzstan–Uzbekistan railway",
        "paras": [
            "Chinese contractors have begun boring the first tunnels on the China–Kyrgyzstan–Uzbekistan railway, a line discussed for more than two decades that will link Kashgar with the Fergana Valley through the mountains of Kyrgyzstan.",
            "The Kyrgyz section runs roughly 280 kilometres through Torugart and Makmal and includes dozens of tunnels and bridges. Beijing is providing most of the financing, a fact that has prompted debate in Bishkek over how much new debt Kyrgyzstan should take on.",
            "Supporters say the line will cut the journey for Chinese goods to Iran, Turkey and Europe by several days. Critics note that the project will use standard gauge in Kyrgyzstan, which means freight must still be transferred at the Uzbek border.",
        ],
    },
    {
        "slug": "mongolia-dzud-preparations", "date": "2026-10-30 03:00",
        "dateline": "ULAANBAATAR, Mongolia —", "author": "Batbayar Ganbold", "tags": ["Mongolia", "Climate", "Agriculture"],
        "title": "Mongolia stockpiles hay as forecasters warn of another harsh winter",
        "paras": [
            "Mongolia's government has begun distributing hay and fodder to herders in western and central provinces after forecasters warned of a severe winter, known locally as a dzud, for the second time in three years.",
            "In a dzud, deep snow and extreme cold prevent livestock from reaching pasture. The 2024 disaster killed millions of animals and pushed thousands of herding families into poverty, many of whom moved to the outskirts of Ulaanbaatar.",
            "Officials say the state reserve now holds more fodder than before the last crisis, and insurance schemes for livestock have expanded. Herders say the support helps but that overgrazing and climate change are making winters harder to survive regardless of preparations.",
        ],
    },
    {
        "slug": "ulaanbaatar-air-pollution-coal-ban", "date": "2026-11-12 04:10",
        "dateline": "ULAANBAATAR, Mongolia —", "author": "Batbayar Ganbold", "tags": ["Mongolia", "Environment", "Health"],
        "title": "Ulaanbaatar's smog returns despite ban on raw coal",
        "paras": [
            "Smog has settled over Ulaanbaatar again as temperatures fall below minus twenty, even though the city banned the burning of raw coal in its ger districts several years ago. Monitoring stations recorded fine-particle levels many times above World Health Organization guidelines this week.",
            "Families in the ger districts now burn processed coal briquettes, which produce less smoke but still pollute heavily when thousands of stoves are lit at once. Doctors report a seasonal surge in respiratory illness among children.",
            "City authorities say the long-term answer is to connect ger areas to central heating and to build apartment blocks, but progress has been slow and expensive.",
        ],
    },
    {
        "slug": "russia-migrant-workers-new-rules", "date": "2026-10-23 12:00",
        "dateline": "MOSCOW —", "author": "Anna Sokolova", "tags": ["Russia", "Migration", "Tajikistan", "Uzbekistan"],
        "title": "Russia tightens rules for migrant workers from Tajikistan and Uzbekistan",
        "paras": [
            "Russia has introduced new requirements for foreign workers, including a registry of migrants who break residence rules and stricter Russian-language tests. The changes mostly affect citizens of Tajikistan and Uzbekistan, who make up the largest groups of labour migrants in the country.",
            "Migrants included in the registry can be barred from opening bank accounts, registering vehicles or marrying until they leave Russia. Rights groups say errors in the database have already left legal workers unable to receive their salaries.",
            "Since the Crocus City Hall attack in March 2024, Central Asian migrants have faced more frequent police raids. Some are moving to Kazakhstan, South Korea or Europe, but Russia remains the main destination because of its large labour market.",
        ],
    },
    {
        "slug": "tajikistan-remittances-fall", "date": "2026-11-08 09:25",
        "dateline": "DUSHANBE, Tajikistan —", "author": "Farhod Nazarov", "tags": ["Tajikistan", "Russia", "Economy", "Migration"],
        "title": "Remittances to Tajikistan slip as fewer migrants head to Russia",
        "paras": [
            "Money transfers from Russia to Tajikistan fell in the first nine months of the year, according to central bank data, the first decline since 2020. Remittances equal roughly a third of Tajikistan's economic output, one of the highest shares in the world.",
            "Economists in Dushanbe link the drop to tighter Russian migration rules, a weaker rouble and a growing number of Tajiks choosing other destinations. Families in the Khatlon and Sughd regions say they are delaying house building and weddings.",
            "The government has promised to create new jobs at home, including at the Rogun hydropower plant, but few believe domestic employment can replace Russian wages soon.",
        ],
    },
    {
        "slug": "iran-turkmenistan-sarakhs-rail-freight", "date": "2026-10-28 11:40",
        "dateline": "SARAKHS, Iran —", "author": "Dilara Rakhimova", "tags": ["Iran", "Turkmenistan", "Railways", "Trade"],
        "title": "Iran and Turkmenistan aim to double rail freight through Sarakhs",
        "paras": [
            "Iran and Turkmenistan have agreed to double the volume of freight moving through the Sarakhs rail crossing over the next three years. The route links Central Asian railways with the Iranian port of Bandar Abbas on the Persian Gulf.",
            "Kazakh and Uzbek grain, cotton and metals already travel south along this corridor, and Iran hopes to attract Chinese container trains as well. The two governments plan to modernise the gauge-change station at the border, where wagons are switched between Iranian and former Soviet track widths.",
            "Western sanctions on Iran remain an obstacle. Banks in Central Asia are wary of handling payments, and many shippers prefer routes across the Caspian Sea to Azerbaijan.",
        ],
    },
    {
        "slug": "turkmen-gas-swap-iran-azerbaijan", "date": "2026-11-10 13:05",
        "dateline": "BAKU, Azerbaijan —", "author": "Anna Sokolova", "tags": ["Azerbaijan", "Iran", "Turkmenistan", "Energy"],
        "title": "Turkmen gas swap through Iran to Azerbaijan extended for two years",
        "paras": [
            "Turkmenistan, Iran and Azerbaijan have extended an arrangement under which Turkmen gas is delivered to northern Iran and an equivalent volume is passed on to Azerbaijan. The swap, first agreed in 2021, lets Ashgabat sell gas westward without a pipeline under the Caspian Sea.",
            "Volumes remain small compared with Turkmenistan's exports to China, which take most of its production. Officials in Baku nevertheless describe the deal as a step toward supplying Turkmen gas to Europe.",
            "European buyers have shown interest in a Trans-Caspian pipeline, but Russia and Iran have long opposed it, citing environmental concerns and the unresolved legal status of the seabed.",
        ],
    },
    {
        "slug": "middle-corridor-baku-port-kazakh-oil", "date": "2026-11-01 10:30",
        "dateline": "ALAT, Azerbaijan —", "author": "Anna Sokolova", "tags": ["Azerbaijan", "Kazakhstan", "Transport", "Oil"],
        "title": "Baku port expands as Kazakh oil and containers shift to the Middle Corridor",
        "image": ("alat-port", "Container cranes at the port of Baku in Alat", "Image: Port of Baku"),
        "paras": [
            "The port of Baku at Alat has opened a new container berth, part of a plan to handle more cargo on the Middle Corridor, the route that links China and Central Asia with Europe across the Caspian Sea and the South Caucasus while bypassing Russia.",
            "Kazakhstan is shipping a growing share of its oil by tanker from Aktau to Baku, where it enters the Baku–Tbilisi–Ceyhan pipeline. Kazakh officials see the route as insurance against disruptions on the Caspian Pipeline Consortium line through Russia.",
            "Freight forwarders say the corridor is still slow and expensive, with cargo often waiting days for ferries. The falling level of the Caspian adds another problem, as shallow harbours limit how much ships can carry.",
        ],
    },
    {
        "slug": "trans-afghan-railway-pakistan-uzbekistan", "date": "2026-11-06 08:00",
        "dateline": "ISLAMABAD, Pakistan —", "author": "Rahim Sultani", "tags": ["Pakistan", "Uzbekistan", "Afghanistan", "Railways"],
        "title": "Pakistan, Uzbekistan and Afghanistan sign feasibility deal for trans-Afghan railway",
        "paras": [
            "Officials from Pakistan, Uzbekistan and Afghanistan have signed an agreement to complete the feasibility study for a railway linking Termez with Peshawar through Mazar-i-Sharif and Kabul. The line would give landlocked Central Asia a direct rail link to Pakistani seaports.",
            "The route crosses some of the most difficult terrain in the region, including the Hindu Kush, and the cost estimates run to several billion dollars. None of the three governments has said where the money will come from.",
            "Security remains the largest question. Relations between Islamabad and the Taliban have been strained by attacks in Pakistan's border provinces, and the border crossing at Torkham has closed several times this year.",
        ],
    },
    {
        "slug": "karachi-port-central-asian-transit", "date": "2026-11-16 07:50",
        "dateline": "KARACHI, Pakistan —", "author": "Rahim Sultani", "tags": ["Pakistan", "Trade", "Uzbekistan", "Kazakhstan"],
        "title": "Karachi courts Central Asian shippers with transit discounts",
        "paras": [
            "Pakistan's port authorities are offering reduced fees to shippers handling transit cargo bound for Uzbekistan, Kazakhstan and Kyrgyzstan. The first trucks carrying Uzbek cotton yarn under the new scheme left Karachi for Termez this week.",
            "The road journey through Afghanistan takes around a week, several days less than the sea and rail route via Iran. Truck drivers, however, report long waits at Afghan checkpoints and unofficial payments demanded along the way.",
            "Pakistan hopes transit trade will bring revenue to its ports at Karachi and Gwadar. Analysts say the volume will stay modest until the trans-Afghan railway or better roads are built.",
        ],
    },
    {
        "slug": "afghan-returnees-northern-provinces", "date": "2026-11-19 05:35",
        "dateline": "KUNDUZ, Afghanistan —", "author": "Rahim Sultani", "tags": ["Afghanistan", "Tajikistan", "Migration"],
        "title": "Returnees from Iran and Pakistan strain Afghanistan's northern provinces",
        "paras": [
            "Hundreds of thousands of Afghans forced to leave Iran and Pakistan this year have arrived in the northern provinces of Kunduz, Takhar and Badakhshan, near the border with Tajikistan. Aid agencies warn that many lack shelter as winter approaches.",
            "Local officials say there is not enough work or housing for the returnees, many of whom lived abroad for decades. Humanitarian funding for Afghanistan has fallen sharply, and the World Food Programme has cut rations in several districts.",
            "Tajikistan has reinforced its side of the border along the Panj river. Dushanbe, which has the coldest relations with the Taliban of any Central Asian government, says it will not accept refugees.",
        ],
    },
    {
        "slug": "torugart-crossing-winter-traders", "date": "2026-11-20 06:15",
        "dateline": "TORUGART, Kyrgyzstan —", "author": "Laura Bekova", "tags": ["China", "Kyrgyzstan", "Trade"],
        "title": "Kyrgyz traders race to clear Torugart before winter closures",
        "paras": [
            "Queues of trucks stretched for kilometres on both sides of the Torugart pass this week as Kyrgyz traders tried to bring Chinese goods across the border before snowstorms close the high mountain road.",
            "Torugart, at more than 3,700 metres, is one of two main crossings between Kyrgyzstan and China's Xinjiang region. Kyrgyz bazaars such as Dordoi in Bishkek and Kara-Suu near Osh depend on it for clothes, electronics and building materials that are later re-exported to Kazakhstan, Uzbekistan and Russia.",
            "Drivers say Chinese customs have become slower since new inspection rules came into force. The crossing typically closes for several days at a time in winter.",
        ],
    },
]
