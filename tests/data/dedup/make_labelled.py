"""Builds near-duplicates.jsonl: labelled pairs for Caravan's copy/version detector.

Originals are the article texts of the sample archive (samples/tools/en_text and ru_text, written
for Caravan). Positives are generated from each original: truncated, boilerplate added, caption
doubled, paragraphs reordered, lightly edited, transliterated (Cyrillic only) -> "copy" when another
outlet publishes it, "version" when the same outlet republishes an edited body within hours.
Negatives ("different") are every pair of distinct originals, including the archive's hard cases
(same event in other words, same kind of event elsewhere). Deterministic: run
`python3 tests/data/dedup/make_labelled.py` from the repository root.
"""
import html, json, pathlib, random, re, sys

ROOT = pathlib.Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "samples" / "tools"))
from en_text import ashgabat_monitor, bishkek_observer, dushanbe_daily, steppe_herald, tashkent_times  # noqa: E402
from ru_text import novosti_stepi, qazaq_uni, silk_road_review, vecherniy_osh  # noqa: E402

rng = random.Random(6)


def paragraphs(body_html):
    parts = re.split(r"</p>|</figure>|</blockquote>|\n", body_html)
    out = []
    for p in parts:
        text = html.unescape(re.sub(r"<[^>]+>", " ", p))
        text = re.sub(r"\s+", " ", text).strip()
        if text and text not in out:
            out.append(text)
    return out


def originals():
    for m in (ashgabat_monitor, bishkek_observer, dushanbe_daily, steppe_herald, tashkent_times):
        for it in m.ITEMS:
            yield dict(source=m.SLUG, title=html.unescape(it["title"]), paras=paragraphs(it["body"]),
                       published=it["date"].replace(" ", "T") + ":00+05:00", cyrillic=False)
    for m in (novosti_stepi, qazaq_uni, silk_road_review, vecherniy_osh):
        for it in m.ITEMS:
            yield dict(source=m.OUTLET["slug"], title=it["title"], paras=list(it["paras"]),
                       published=it["date"].replace(" ", "T") + ":00+05:00", cyrillic=m.OUTLET["language"] != "en")


# BGN/PCGN-style romanisation, different from the detector's own table on purpose.
BGN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
               ["a", "b", "v", "g", "d", "ye", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
                "f", "kh", "ts", "ch", "sh", "shch", "", "y", "'", "e", "yu", "ya", "a", "gh", "q", "ng", "o", "u", "u", "h", "i"]))


def transliterate(text):
    out = []
    for ch in text:
        low = ch.lower()
        if low in BGN:
            t = BGN[low]
            out.append(t.capitalize() if ch != low else t)
        else:
            out.append(ch)
    return "".join(out)


BOILER = ["Subscribe to our newsletter to get the day's top stories from Central Asia in your inbox every morning.",
          "Share this: Facebook Twitter Telegram WhatsApp. Copyright 2026. All rights reserved. Reproduction without permission is prohibited."]
WORD_SWAPS = {"said": "stated", "on": "on", "the": "the", "Tuesday": "Wednesday", "about": "around", "several": "a few",
              "сказал": "заявил", "около": "примерно", "более": "свыше"}


def light_edit(paras, share=0.03):
    out = []
    for p in paras:
        words = p.split(" ")
        for i, w in enumerate(words):
            if rng.random() < share:
                words[i] = WORD_SWAPS.get(w, w.upper() if rng.random() < 0.5 else w + "s")
        out.append(" ".join(words))
    return out


def copies(o):
    p = o["paras"]
    words = " ".join(p).split(" ")
    yield "truncated", [" ".join(words[: max(30, int(len(words) * 0.6))]) + " …"]
    yield "lead-only", p[:2] if len(p) > 2 else p
    yield "boilerplate", p + BOILER
    yield "caption-doubled", p[:1] + [p[min(1, len(p) - 1)]] + p[1:]
    yield "reordered", p[:1] + list(reversed(p[1:]))
    yield "light-edit", light_edit(p)
    if o["cyrillic"]:
        yield "transliterated", [transliterate(x) for x in p]


def versions(o):
    p = o["paras"]
    yield "corrected", light_edit(p, 0.02) + ["Correction: an earlier version of this report gave a wrong figure."]
    yield "paragraph-added", p[:-1] + [p[-1] + " Officials said more details would follow later in the day."] + \
        ["Update: the ministry confirmed the figures in a statement in the evening."]


def doc(id_, source, title, paras, published):
    return dict(id=id_, source=source, title=title, text="\n\n".join(paras), published=published)


def main():
    docs = list(originals())
    documents, pairs = [], []
    for i, o in enumerate(docs):
        a = doc(f"o{i}", o["source"], o["title"], o["paras"], o["published"])
        documents.append(a)
        for kind, paras in copies(o):
            title = o["title"] if kind != "transliterated" else transliterate(o["title"])
            documents.append(doc(f"o{i}-{kind}", "aggregator-" + kind, title, paras, o["published"].replace("+05:00", "+03:00")))
            pairs.append(dict(a=a["id"], b=f"o{i}-{kind}", label="copy", kind=kind))
        for kind, paras in versions(o):
            documents.append(doc(f"o{i}-{kind}", o["source"], o["title"], paras, o["published"].replace("+05:00", "+02:00")))
            pairs.append(dict(a=a["id"], b=f"o{i}-{kind}", label="version", kind=kind))
    for i in range(len(docs)):
        for j in range(i + 1, len(docs)):
            same = docs[i]["source"] == docs[j]["source"]
            pairs.append(dict(a=f"o{i}", b=f"o{j}", label="different", kind="same-outlet" if same else "other-outlet"))
    here = pathlib.Path(__file__).parent
    for name, rows in (("documents.jsonl", documents), ("pairs.jsonl", pairs)):
        with (here / name).open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = {}
    for row in pairs:
        counts[row["label"]] = counts.get(row["label"], 0) + 1
    print(len(documents), "documents", counts)


main()
