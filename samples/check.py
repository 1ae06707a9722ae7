#!/usr/bin/env python3
"""Validates Caravan's offline sample archive (samples/) against the requirements of issue 2.

Run: python3 samples/check.py [--quiet]   (Python 3 standard library only; the feed readers are in
samples/tools/feed_reading.py; --quiet leaves out the list of cases found)

For every outlet in outlets.json it parses the feed (RSS 2.0, RSS 1.0/RDF, Atom 1.0, JSON Feed 1.1;
XML in whatever encoding it declares, e.g. windows-1251) and any later edition (feed.2.*), then
counts items, languages and words per item body (HTML stripped). It prints a table per outlet and
the archive totals, lists every problem, and exits 1 if there is any.

Checks: the feed parses; every item has a title, a link under {{origin}}/<slug>/ and a date between
2026-10-20 and 2026-11-20; bodies have >= 80 words unless the item is a deliberate empty or teaser
case; teaser (summary-only) items have an article page in the archive with >= 80 words; no guid is
repeated except the deliberate duplicate; no two items from different outlets share a text unless
one is a syndicated copy with an attribution line; a syndicated copy's source item exists; edition 2
keeps every guid of edition 1. Totals: >= 8 outlets, >= 150 items, >= 20 Russian, >= 5 Kazakh,
RSS 2.0 + RSS 1.0 + Atom + JSON Feed present, the five Central Asian countries covered.

Deliberate short items are marked either in the feed (an XML comment containing
"caravan-check: short-ok" inside the item/entry element; in JSON Feed an item extension
"_caravan_check": "short-ok ...") or in DELIBERATE_SHORT below.
"""
import datetime as dt
import difflib
import json
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

SAMPLES = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(SAMPLES / "tools"))
from feed_reading import TEASER, base_lang, load, page_text, parse_date, plain, word_count  # noqa: E402
MIN_WORDS = 80
WINDOW = (dt.datetime(2026, 10, 20, tzinfo=dt.timezone(dt.timedelta(hours=14))),
          dt.datetime(2026, 11, 21, tzinfo=dt.timezone(dt.timedelta(hours=-12))))
MIN_TOTALS = {"outlets": 8, "items": 150, "ru": 20, "kk": 5}
COUNTRIES = {"KZ", "KG", "TJ", "TM", "UZ"}

# (outlet slug, guid or id) -> why the item may be short.
# Example: ("central-asia-wire", "{{origin}}/central-asia-wire/?p=20326"): "empty item". That item is
# marked in its feed instead, with an XML comment "caravan-check: short-ok (empty item ...)".
DELIBERATE_SHORT = {}
# (outlet slug, guid) listed twice in one feed on purpose.
DELIBERATE_DUPLICATES = {
    ("central-asia-wire", "{{origin}}/central-asia-wire/?p=20371"),
}
# Paragraphs an aggregator appends to a copy; removed before texts are compared.
ATTRIBUTION = re.compile(r"(originally published on|appeared first on|first appeared on|впервые опубликован|"
                         r"опубликовано на сайте|Share this:)", re.I)

# ---------------------------------------------------------------- texts
def own_text(body):
    """The body without the attribution and share paragraphs an aggregator adds, for comparison."""
    paragraphs = re.split(r"(?i)</p>|<div[^>]*>", body or "")
    return plain(" ".join(p for p in paragraphs if not ATTRIBUTION.search(plain(p)))).lower()


def shingles(text, size=5):
    tokens = re.findall(r"\w+", text)
    return {" ".join(tokens[i:i + size]) for i in range(max(0, len(tokens) - size + 1))}


# ---------------------------------------------------------------- checks

class Report:
    def __init__(self):
        self.problems = []
        self.notes = []

    def problem(self, where, text):
        self.problems.append("%s: %s" % (where, text))

    def note(self, where, text):
        self.notes.append("%s: %s" % (where, text))


def page_for(slug, link):
    """The archive file the demo origin serves for an item link: /<slug>/YYYY/MM/DD/<name> -> .html."""
    prefix = "{{origin}}/"
    if not link.startswith(prefix):
        return None
    return SAMPLES / (link[len(prefix):].split("?")[0].split("#")[0].rstrip("/") + ".html")


def check_item(report, slug, edition, item):
    """Checks one item; returns (words counted, text for comparison, kind) where kind is
    'full', 'teaser' (words from its article page) or 'short-ok'."""
    where = "%s %s [%s]" % (slug, edition, item["id"])
    if not item["id"]:
        report.problem(where, "item has no guid/id")
    if not plain(item["title"]):
        report.problem(where, "item has no title")
    link = item["link"]
    if not link.startswith("{{origin}}/%s/" % slug) or not re.search(r"/\d{4}/\d{2}/\d{2}/[^/]+$", link):
        report.problem(where, "link %r is not {{origin}}/%s/YYYY/MM/DD/<url-slug>" % (link, slug))
    moment = parse_date(item["date"])
    if moment is None or moment.tzinfo is None:
        report.problem(where, "date %r does not parse (RFC 822 / RFC 3339 with offset)" % item["date"])
    elif not WINDOW[0] <= moment < WINDOW[1]:
        report.problem(where, "date %s is outside 2026-10-20..2026-11-20" % item["date"])
    words = word_count(item["body"])
    text = own_text(item["body"])
    if words >= MIN_WORDS:
        return words, text, "full"
    deliberate = item["short_ok"] or (slug, item["id"]) in DELIBERATE_SHORT
    if item.get("summary_only") or TEASER.search(plain(item["body"])):
        page = page_for(slug, link)
        if page is None or not page.is_file():
            report.problem(where, "teaser of %d words but no article page %s" % (words, page))
            return words, text, "teaser"
        page_plain = page_text(page)
        page_count = len(page_plain.split())
        if page_count < MIN_WORDS:
            report.problem(where, "article page %s has only %d words" % (page.relative_to(SAMPLES), page_count))
        return page_count, page_plain.lower(), "teaser"
    if deliberate:
        reason = DELIBERATE_SHORT.get((slug, item["id"]), item["short_ok"] or "")
        report.note(where, "%d words, deliberate: %s" % (words, reason))
        return words, text, "short-ok"
    report.problem(where, "only %d words (minimum %d)" % (words, MIN_WORDS))
    return words, text, "full"


def check_outlet(report, outlet):
    """Parses every edition of one outlet's feed; returns a row for the table and its items."""
    slug = outlet["slug"]
    path = SAMPLES / outlet["feed"]
    row = dict(slug=slug, format="-", lang=outlet.get("language") or "", editions=0, items=0, new2=0,
               changed2=0, min=None, median=None, teasers=0, short=0, status="missing")
    if not path.is_file():
        report.problem(slug, "feed file %s is missing" % outlet["feed"])
        return row, []
    paths = [path] + [p for p in [path.with_name(path.stem + ".2" + path.suffix)] if p.is_file()]
    editions = []
    for number, feed_path in enumerate(paths, 1):
        try:
            fmt, items, note = load(feed_path, outlet.get("language") or "")
        except (ET.ParseError, ValueError, UnicodeDecodeError) as error:
            report.problem(slug, "%s does not parse: %s" % (feed_path.name, error))
            return dict(row, status="broken"), []
        if note:
            report.note(str(feed_path.relative_to(SAMPLES)), note)
        editions.append((number, fmt, items))
    row.update(format=editions[0][1], editions=len(editions), status="ok")
    collected, seen, words = [], {}, []
    for number, fmt, items in editions:
        ids = [i["id"] for i in items]
        for dup in sorted({i for i in ids if ids.count(i) > 1}):
            if (slug, dup) in DELIBERATE_DUPLICATES:
                report.note("%s ed%d [%s]" % (slug, number, dup), "listed %d times, deliberate duplicate entry" % ids.count(dup))
            else:
                report.problem("%s ed%d [%s]" % (slug, number, dup), "guid listed %d times" % ids.count(dup))
        done = set()
        for item in items:
            if item["id"] in done:
                continue
            done.add(item["id"])
            before = seen.get(item["id"])
            if before is not None and before["body"] == item["body"]:
                continue
            count, text, kind = check_item(report, slug, "ed%d" % number, item)
            if before is None:
                row["items"] += 1
                words.append(count)
                row["teasers"] += kind == "teaser"
                row["short"] += kind == "short-ok"
                row["new2"] += number > 1
            else:
                row["changed2"] += 1
                report.note("%s ed%d [%s]" % (slug, number, item["id"]),
                            "updated version: body differs from edition 1 (%s)" % describe_change(before, item))
            seen[item["id"]] = item
            collected.append(dict(slug=slug, id=item["id"], lang=base_lang(item["lang"]), text=text, kind=kind,
                                  copy=bool(re.search(r"originally published on|appeared first on",
                                                      plain(item["body"]), re.I)),
                                  edition=number, first=before is None))
        if number > 1:
            missing = [i for i in editions[0][2] if i["id"] not in {x["id"] for x in items}]
            for item in missing:
                report.problem("%s ed%d" % (slug, number), "edition drops item %s of edition 1" % item["id"])
    counted = sorted(w for w in words)
    if counted:
        row.update(min=counted[0], median=counted[len(counted) // 2])
    langs = sorted({c["lang"] for c in collected})
    row["lang"] = ",".join(langs) or row["lang"]
    return row, collected


def describe_change(before, after):
    """The first few edits between two versions of a body, word by word."""
    old, new = plain(before["body"]).split(), plain(after["body"]).split()
    edits = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        was, now = " ".join(old[a1:a2]), " ".join(new[b1:b2])
        shorten = lambda s: s if len(s) <= 40 else s[:37] + "..."
        edits.append("%r -> %r" % (shorten(was), shorten(now)) if was else "+%r" % shorten(now))
    return "; ".join(edits[:3]) + ("; ..." if len(edits) > 3 else "")


def check_texts(report, collected):
    """Every item is its own text, except syndicated copies, whose source must be in the archive."""
    for entry in collected:
        entry["shingles"] = shingles(entry["text"])
    for index, a in enumerate(collected):
        if not a["shingles"]:
            continue
        sources = []
        for b in collected[index + 1:] if not a["copy"] else collected:
            if b is a or not b["shingles"] or (a["slug"] == b["slug"] and a["id"] == b["id"]):
                continue
            overlap = len(a["shingles"] & b["shingles"]) / min(len(a["shingles"]), len(b["shingles"]))
            if overlap < 0.6:
                continue
            if a["copy"] and not b["copy"]:
                sources.append("%s [%s]" % (b["slug"], b["id"]))
            elif not a["copy"] and not b["copy"]:
                report.problem("%s [%s]" % (a["slug"], a["id"]),
                               "shares %.0f%% of its text with %s [%s]" % (100 * overlap, b["slug"], b["id"]))
        if a["copy"]:
            where = "%s [%s]" % (a["slug"], a["id"])
            if sources:
                report.note(where, "syndicated copy of " + ", ".join(sorted(set(sources))))
            else:
                report.problem(where, "has an attribution line but its source item is not in the archive")


# Hosts whose URLs may appear verbatim: XML namespaces, format identifiers and generator links.
STANDARD_HOSTS = {"purl.org", "www.w3.org", "w3.org", "search.yahoo.com", "jsonfeed.org", "schema.org",
                  "wordpress.org", "gohugo.io", "backend.userland.com", "webns.net", "creativecommons.org",
                  "www.rssboard.org", "cyber.harvard.edu", "www.georss.org", "xmlns.com"}


def check_urls(report, outlets):
    """Every archive URL is written {{origin}}/<known slug>/...; other absolute URLs may only be
    namespace or format identifiers (the demo runs offline)."""
    slugs = {o["slug"] for o in outlets}
    for outlet in outlets:
        folder = SAMPLES / outlet["slug"]
        if not folder.is_dir():
            continue
        for path in sorted(p for p in folder.rglob("*") if p.suffix in (".xml", ".json", ".html")):
            text = path.read_bytes().decode("utf-8", errors="replace")
            where = str(path.relative_to(SAMPLES))
            for slug in sorted(set(re.findall(r"\{\{origin\}\}/([^/\"'<>\s?#]*)", text)) - slugs):
                report.problem(where, "{{origin}}/%s/ is not an outlet in outlets.json" % slug)
            for host in sorted(set(re.findall(r"https?://([^/\"'<>\s:]+)", text)) - STANDARD_HOSTS):
                report.problem(where, "absolute URL to %s; write archive URLs as {{origin}}/<slug>/..." % host)


def main():
    quiet = "--quiet" in sys.argv[1:]
    outlets = json.loads((SAMPLES / "outlets.json").read_text(encoding="utf-8"))["outlets"]
    report, rows, collected = Report(), [], []
    for outlet in outlets:
        row, items = check_outlet(report, outlet)
        rows.append(row)
        collected += items
    check_texts(report, collected)
    check_urls(report, outlets)

    header = "%-18s %-14s %-5s %3s %5s %4s %4s %5s %6s %6s %5s  %s" % (
        "outlet", "format", "lang", "ed", "items", "new2", "upd2", "min", "median", "teaser", "short", "status")
    print(header)
    print("-" * len(header))
    for r in rows:
        print("%-18s %-14s %-5s %3d %5d %4d %4d %5s %6s %6d %5d  %s" % (
            r["slug"], r["format"], r["lang"], r["editions"], r["items"], r["new2"], r["changed2"],
            "-" if r["min"] is None else r["min"], "-" if r["median"] is None else r["median"],
            r["teasers"], r["short"], r["status"]))
    print("-" * len(header))
    print("min/median: words per item body (HTML stripped); a teaser counts the words of its article page.")
    print()

    present = [r for r in rows if r["status"] == "ok"]
    langs = {}
    for entry in collected:
        if entry["first"]:
            langs[entry["lang"]] = langs.get(entry["lang"], 0) + 1
    formats = {r["format"].split(" ")[0] + (" 1.0" if r["format"] == "RSS 1.0" else "") for r in present}
    countries = {o["country"] for o in outlets if o.get("country")
                 and any(r["slug"] == o["slug"] for r in present)}
    totals = [
        ("outlets with a feed", len(present), ">= %d" % MIN_TOTALS["outlets"], len(present) >= MIN_TOTALS["outlets"]),
        ("distinct items", sum(r["items"] for r in present), ">= %d" % MIN_TOTALS["items"],
         sum(r["items"] for r in present) >= MIN_TOTALS["items"]),
        ("items in Russian (ru)", langs.get("ru", 0), ">= %d" % MIN_TOTALS["ru"], langs.get("ru", 0) >= MIN_TOTALS["ru"]),
        ("items in Kazakh (kk)", langs.get("kk", 0), ">= %d" % MIN_TOTALS["kk"], langs.get("kk", 0) >= MIN_TOTALS["kk"]),
        ("formats", ", ".join(sorted(formats)), "RSS, RSS 1.0, Atom, JSON",
         {"RSS", "RSS 1.0", "Atom", "JSON"} <= formats),
        ("countries", ", ".join(sorted(countries)), "KZ KG TJ TM UZ", COUNTRIES <= countries),
    ]
    for name, value, need, ok in totals:
        print("%-24s %-28s %-26s %s" % (name, value, need, "ok" if ok else "FAIL"))
        if not ok:
            report.problem("totals", "%s: %s, need %s" % (name, value, need))
    print("languages: " + ", ".join("%s %d" % (k or "?", v) for k, v in sorted(langs.items())))
    if not quiet and report.notes:
        print("\nCases found (%d):" % len(report.notes))
        for line in report.notes:
            print("  " + line)
    print("\nProblems (%d):" % len(report.problems))
    for line in report.problems:
        print("  " + line)
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
