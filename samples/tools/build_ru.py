#!/usr/bin/env python3
"""Renders the samples-ru outlets (novosti-stepi, vecherniy-osh, qazaq-uni, silk-road-review)
from the texts in samples/tools/ru_text/ into the feed files and home pages the demo origin serves.

Run from the repository root: python3 samples/tools/build_ru.py
The generated files are committed; edit the texts, not the feeds, then run this again.
Python 3 standard library only.
"""
import datetime as dt
import html
import importlib
import json
import pathlib
import sys

SAMPLES = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

ORIGIN = "{{origin}}"
DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
RU_MONTHS_GENITIVE = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                      "сентября", "октября", "ноября", "декабря"]


def when(item, tz_hours):
    """The item's local publication time as an aware datetime."""
    local = dt.datetime.strptime(item["date"], "%Y-%m-%d %H:%M")
    return local.replace(tzinfo=dt.timezone(dt.timedelta(hours=tz_hours)))


def rfc822(moment, style="full"):
    """RFC 822 date; style 'noday' drops the optional day name, 'gmt' writes the instant in GMT."""
    if style == "gmt":
        moment = moment.astimezone(dt.timezone.utc)
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60)
    zone = "GMT" if style == "gmt" else "%+03d%02d" % (minutes // 60, minutes % 60)
    core = "%02d %s %d %02d:%02d:%02d %s" % (moment.day, MONTHS[moment.month - 1], moment.year,
                                            moment.hour, moment.minute, moment.second, zone)
    return core if style == "noday" else "%s, %s" % (DAY_NAMES[moment.weekday()], core)


def link(slug, item):
    y, m, d = item["date"][:10].split("-")
    return "%s/%s/%s/%s/%s/%s" % (ORIGIN, slug, y, m, d, item["slug"])


def figure_html(slug, item, caption_prefix=""):
    img = item.get("image")
    if not img:
        return ""
    name, caption, credit = img
    return ('<figure><img src="%s/%s/img/%s.jpg" alt="%s">'
            "<figcaption>%s%s <span class=\"credit\">%s</span></figcaption></figure>"
            % (ORIGIN, slug, name, html.escape(caption), caption_prefix, html.escape(caption),
               html.escape(credit)))


def body_html(slug, item, dateline):
    """Paragraphs as <p>; the dateline opens the first one; the figure follows the first paragraph."""
    paras = [html.escape(p, quote=False) for p in item["paras"]]
    if dateline:
        paras[0] = html.escape(dateline, quote=False) + " " + paras[0]
    parts = ["<p>%s</p>" % p for p in paras]
    fig = figure_html(slug, item)
    if fig:
        parts.insert(1, fig)
    return "\n".join(parts)


def write(path, text, encoding="utf-8"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    print("wrote %s" % path.relative_to(SAMPLES.parent))


def index_html(outlet, items, feed_type, feed_file, lang):
    rows = "\n".join('      <li><a href="%s">%s</a></li>' % (link(outlet["slug"], it), html.escape(it["title"]))
                     for it in sorted(items, key=lambda i: i["date"], reverse=True)[:6])
    return """<!DOCTYPE html>
<html lang="%(lang)s">
<head>
  <meta charset="utf-8">
  <title>%(name)s</title>
  <link rel="alternate" type="%(type)s" title="%(name)s" href="%(origin)s/%(slug)s/%(feed)s">
  <link rel="icon" href="%(origin)s/%(slug)s/img/favicon.png">
</head>
<body>
  <header><a href="%(origin)s/%(slug)s/">%(name)s</a> <nav>%(nav)s</nav></header>
  <main>
    <h1>%(tagline)s</h1>
    <ul class="headlines">
%(rows)s
    </ul>
  </main>
  <footer>%(footer)s</footer>
</body>
</html>
""" % {"lang": lang, "name": html.escape(outlet["name"]), "type": feed_type, "origin": ORIGIN,
       "slug": outlet["slug"], "feed": feed_file, "rows": rows, "nav": outlet["nav"],
       "tagline": html.escape(outlet["tagline"]), "footer": html.escape(outlet["footer"])}


ENTITY_STYLE = [("\u00a0", "&nbsp;"), (" \u2014 ", "&nbsp;&mdash; "), ("\u2014", "&mdash;"),
                ("\u00ab", "&laquo;"), ("\u00bb", "&raquo;")]


def with_html_entities(text):
    """Writes nbsp, dashes and guillemets as HTML named entities, which XML does not declare:
    the malformed-but-common feed a lenient parser must still read (vecherniy-osh)."""
    for char, entity in ENTITY_STYLE:
        text = text.replace(char, entity)
    return text


def render_rss(text):
    outlet, slug = text.OUTLET, text.OUTLET["slug"]
    encoding = outlet.get("encoding", "utf-8")
    tz = outlet["tz_hours"]
    items = sorted(text.ITEMS, key=lambda i: i["date"], reverse=True)
    out = ['<?xml version="1.0" encoding="%s"?>' % encoding,
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           "<channel>",
           "  <title>%s</title>" % html.escape(outlet["name"]),
           "  <link>%s/%s/</link>" % (ORIGIN, slug),
           '  <atom:link href="%s/%s/feed.xml" rel="self" type="application/rss+xml"/>' % (ORIGIN, slug),
           "  <description>%s</description>" % html.escape(outlet["description"]),
           "  <language>%s</language>" % outlet["language"],
           "  <lastBuildDate>%s</lastBuildDate>" % rfc822(when(items[0], tz)),
           "  <generator>%s</generator>" % outlet["generator"]]
    for it in items:
        url = link(slug, it)
        moment = rfc822(when(it, tz), it.get("date_style", "full"))
        dateline = outlet["dateline"](it, when(it, tz)) if outlet.get("dateline") else ""
        body = body_html(slug, it, dateline)
        title = html.escape(it["title"], quote=False)
        if it.get("raw_title"):
            title = it["title"]  # deliberately unescaped '&': the malformed-title case
        out.append("  <item>")
        if it.get("comment"):
            out.append("    <!-- %s -->" % it["comment"])
        out.append("    <title>%s</title>" % title)
        out.append("    <link>%s</link>" % url)
        guid = it.get("guid")
        if guid:
            out.append('    <guid isPermaLink="false">%s</guid>' % guid)
        else:
            out.append("    <guid>%s</guid>" % url)
        out.append("    <pubDate>%s</pubDate>" % moment)
        if it.get("author"):
            out.append("    <dc:creator>%s</dc:creator>" % html.escape(it["author"]))
        for cat in it.get("tags", []):
            out.append("    <category>%s</category>" % html.escape(cat))
        if outlet.get("body") == "description-entities":
            escaped = html.escape(body, quote=False)
            out.append("    <description>%s</description>" % with_html_entities(escaped))
        else:
            out.append("    <description>%s</description>" % html.escape(it["paras"][0], quote=False))
            out.append("    <content:encoded><![CDATA[%s]]></content:encoded>" % body)
        if it.get("image"):
            out.append('    <enclosure url="%s/%s/img/%s.jpg" length="0" type="image/jpeg"/>'
                       % (ORIGIN, slug, it["image"][0]))
        out.append("  </item>")
    out += ["</channel>", "</rss>", ""]
    write(SAMPLES / slug / "feed.xml", "\n".join(out), encoding)
    write(SAMPLES / slug / "index.html",
          index_html(outlet, items, "application/rss+xml", "feed.xml", outlet["language"]))


def first_sentence(paragraph):
    sentence = paragraph.split(". ")[0]
    return sentence if sentence.endswith(".") else sentence + "."


def render_json(text):
    outlet, slug = text.OUTLET, text.OUTLET["slug"]
    tz = outlet["tz_hours"]
    items = sorted(text.ITEMS, key=lambda i: i["date"], reverse=True)
    feed = {"version": "https://jsonfeed.org/version/1",
            "title": outlet["name"],
            "home_page_url": "%s/%s/" % (ORIGIN, slug),
            "feed_url": "%s/%s/feed.json" % (ORIGIN, slug),
            "description": outlet["description"],
            "icon": "%s/%s/img/icon.png" % (ORIGIN, slug),
            "author": {"name": outlet["name"], "url": "%s/%s/" % (ORIGIN, slug)},
            "items": []}
    for it in items:
        dateline = it.get("dateline", "")
        entry = {"id": link(slug, it), "url": link(slug, it), "title": it["title"],
                 "content_html": body_html(slug, it, dateline),
                 "summary": first_sentence(it["paras"][0]),
                 "date_published": when(it, tz).isoformat()}
        if it.get("modified"):
            entry["date_modified"] = when({"date": it["modified"]}, tz).isoformat()
        if it.get("image"):
            entry["image"] = "%s/%s/img/%s.jpg" % (ORIGIN, slug, it["image"][0])
        entry["author"] = {"name": it["author"]}
        entry["tags"] = it.get("tags", [])
        feed["items"].append(entry)
    write(SAMPLES / slug / "feed.json", json.dumps(feed, ensure_ascii=False, indent=2) + "\n")
    write(SAMPLES / slug / "index.html",
          index_html(outlet, items, "application/feed+json", "feed.json", "en"))


def main():
    for module in ["novosti_stepi", "vecherniy_osh", "qazaq_uni", "silk_road_review"]:
        try:
            text = importlib.import_module("ru_text." + module)
        except ModuleNotFoundError as missing:
            print("skip %s: %s" % (module, missing))
            continue
        {"rss": render_rss, "json": render_json}[text.KIND](text)


if __name__ == "__main__":
    main()
