#!/usr/bin/env python3
"""Checks the samples-ru outlets (novosti-stepi, vecherniy-osh, qazaq-uni, silk-road-review).

Run: python3 samples/check_ru.py     (python3 standard library only; exit code 1 on any problem)

For every feed it decodes the bytes as declared (windows-1251 for novosti-stepi), parses the items
(leniently for vecherniy-osh, whose HTML entities and bare '&' are deliberate), and prints items,
languages and words per body (HTML stripped). It fails when an item has fewer than 80 words, a
link does not follow {{origin}}/<slug>/YYYY/MM/DD/<url-slug>, a date falls outside 2026-10-20 ..
2026-11-20, a guid repeats, or a body's language is not the outlet's.
"""
import datetime as dt
import email.utils
import html
import html.entities
import json
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

SAMPLES = pathlib.Path(__file__).resolve().parent
OUTLETS = ["novosti-stepi", "vecherniy-osh", "qazaq-uni", "silk-road-review"]
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
WINDOW = (dt.datetime(2026, 10, 20, tzinfo=dt.timezone.utc), dt.datetime(2026, 11, 21, tzinfo=dt.timezone.utc))
MIN_WORDS = 80
# Items deliberately shorter than MIN_WORDS (empty or teaser cases): none in this part.
SHORT_ON_PURPOSE = set()
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def lenient_xml(text):
    """What a forgiving feed reader does before parsing: HTML named entities become characters and a
    bare '&' becomes '&amp;'. Returns the repaired text and how many repairs it made."""
    repairs = 0

    def entity(match):
        nonlocal repairs
        name = match.group(1)
        if name in ("amp", "lt", "gt", "quot", "apos"):
            return match.group(0)
        repairs += 1
        return html.entities.html5.get(name + ";", "&amp;" + name + ";")

    text = re.sub(r"&([A-Za-z][A-Za-z0-9]*);", entity, text)
    text, bare = re.subn(r"&(?!#?[A-Za-z0-9]+;)", "&amp;", text)
    return text, repairs + bare


def decode(raw):
    declared = re.match(rb'<\?xml[^>]*encoding="([^"]+)"', raw)
    return raw.decode(declared.group(1).decode("ascii") if declared else "utf-8"), (
        declared.group(1).decode() if declared else "utf-8")


def words(body_html):
    """Whitespace-separated tokens holding a letter or digit: a lone dash is no word."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", body_html or ""))
    return sum(1 for token in text.split() if re.search(r"\w", token))


def language(body_html):
    text = html.unescape(re.sub(r"<[^>]+>", " ", body_html or ""))
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "?"
    cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff") / len(letters)
    if cyrillic < 0.5:
        return "en"
    return "kk" if sum(1 for c in letters if c in KAZAKH_LETTERS) / len(letters) > 0.01 else "ru"


def rss_items(slug, problems):
    raw = (SAMPLES / slug / "feed.xml").read_bytes()
    text, encoding = decode(raw)
    text = re.sub(r'^<\?xml[^>]*\?>', '<?xml version="1.0"?>', text)
    try:
        root = ET.fromstring(text)
        repairs = 0
    except ET.ParseError:
        repaired, repairs = lenient_xml(text)
        root = ET.fromstring(repaired)
    for item in root.iter("item"):
        content = item.find(CONTENT)
        body = content.text if content is not None else html.unescape(item.findtext("description") or "")
        moment = email.utils.parsedate_to_datetime(item.findtext("pubDate"))
        yield {"guid": item.findtext("guid"), "link": item.findtext("link"), "title": item.findtext("title"),
               "date": moment, "body": body}
    if repairs:
        print("  %s: strict XML parse fails as intended; lenient parse made %d repairs" % (slug, repairs))
    print("  %s: encoding %s" % (slug, encoding))


def json_items(slug, problems):
    feed = json.loads((SAMPLES / slug / "feed.json").read_text(encoding="utf-8"))
    if feed.get("version") != "https://jsonfeed.org/version/1":
        problems.append("%s: not a JSON Feed 1.0 version string" % slug)
    for item in feed["items"]:
        yield {"guid": item["id"], "link": item["url"], "title": item["title"],
               "date": dt.datetime.fromisoformat(item["date_published"]), "body": item.get("content_html", "")}


def main():
    outlets = {o["slug"]: o for o in json.loads((SAMPLES / "outlets.json").read_text(encoding="utf-8"))["outlets"]}
    problems, rows, totals = [], [], {}
    for slug in OUTLETS:
        outlet = outlets[slug]
        reader = json_items if outlet["kind"] == "json" else rss_items
        if not (SAMPLES / outlet["feed"]).exists():
            problems.append("%s: feed file %s missing" % (slug, outlet["feed"]))
            continue
        seen = set()
        for item in reader(slug, problems):
            n, lang = words(item["body"]), language(item["body"])
            rows.append((slug, lang, n, item["guid"], item["title"]))
            totals.setdefault((slug, lang), []).append(n)
            if item["guid"] in seen:
                problems.append("%s: guid %s repeats" % (slug, item["guid"]))
            seen.add(item["guid"])
            if n < MIN_WORDS and item["guid"] not in SHORT_ON_PURPOSE:
                problems.append("%s: %s has %d words" % (slug, item["guid"], n))
            if lang != outlet["language"]:
                problems.append("%s: %s reads as %s, outlet says %s" % (slug, item["guid"], lang, outlet["language"]))
            if not re.fullmatch(r"\{\{origin\}\}/%s/\d{4}/\d\d/\d\d/[a-z0-9-]+" % slug, item["link"]):
                problems.append("%s: odd link %s" % (slug, item["link"]))
            elif item["link"].split("/")[2:5] != item["date"].strftime("%Y/%m/%d").split("/"):
                problems.append("%s: link date differs from item date: %s" % (slug, item["link"]))
            if not WINDOW[0] <= item["date"] < WINDOW[1]:
                problems.append("%s: %s dated %s, outside the window" % (slug, item["guid"], item["date"]))
    print("\n%-18s %-4s %6s %6s %6s %8s" % ("outlet", "lang", "items", "min", "max", "words"))
    for (slug, lang), counts in sorted(totals.items()):
        print("%-18s %-4s %6d %6d %6d %8d" % (slug, lang, len(counts), min(counts), max(counts), sum(counts)))
    print("%-18s %-4s %6d %6s %6s %8d" % ("total", "", len(rows), "", "", sum(r[2] for r in rows)))
    for problem in problems:
        print("PROBLEM:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
