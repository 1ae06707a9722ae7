"""Reading the archive's feeds for samples/check.py: RSS 2.0, RSS 1.0 (RDF), Atom 1.0 and JSON Feed
into plain item dicts, plus the text, word and date helpers the checks use. Standard library only."""
import datetime as dt
import email.utils
import html
import html.entities
import json
import re
import xml.etree.ElementTree as ET

SHORT_OK = "caravan-check: short-ok"
TEASER = re.compile(r"(Continue reading|Read more|Читать далее|Подробнее|Толығырақ|Әрі қарай)", re.I)
NS = {"atom": "http://www.w3.org/2005/Atom", "rss1": "http://purl.org/rss/1.0/",
      "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "dc": "http://purl.org/dc/elements/1.1/",
      "content": "http://purl.org/rss/1.0/modules/content/"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


# ---------------------------------------------------------------- text

def plain(fragment):
    """Text of an HTML fragment: scripts and styles dropped, tags removed, entities decoded."""
    fragment = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", fragment or "")
    fragment = re.sub(r"(?s)<!--.*?-->", " ", fragment)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", fragment))).strip()


def word_count(fragment):
    return len([w for w in plain(fragment).split() if re.search(r"\w", w)])


def page_text(path):
    """Text of the article on an HTML page: the <p> elements inside <article> (or the whole page),
    leaving out share, newsletter and related-links boxes."""
    page = path.read_text(encoding="utf-8", errors="replace")
    match = re.search(r"(?is)<article\b.*?</article>", page)
    scope = match.group(0) if match else page
    scope = re.sub(r'(?is)<(div|aside|form)[^>]*class="[^"]*(share|newsletter|related)[^"]*".*?</\1>', " ", scope)
    return " ".join(plain(p) for p in re.findall(r"(?is)<p\b[^>]*>.*?</p>", scope))


# ---------------------------------------------------------------- dates

def parse_date(text):
    text = (text or "").strip()
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


# ---------------------------------------------------------------- feeds

def local(tag):
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def child_text(element, *names):
    """Text of the first child whose qualified or local name matches, in the order given."""
    for name in names:
        for child in element:
            if not isinstance(child.tag, str):
                continue
            if child.tag == name or (":" not in name and "{" not in name and local(child.tag) == name):
                return (child.text or "").strip()
    return ""


def has_short_marker(element):
    """The text of a "caravan-check: short-ok" comment inside the element, or "" if there is none."""
    for child in element.iter():
        if child.tag is ET.Comment and SHORT_OK in (child.text or ""):
            return "marked in the feed: " + child.text.strip()
    return ""


def parse_xml(data):
    parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True))
    parser.feed(data)
    return parser.close()


def atom_content(entry):
    for name in ("content", "summary"):
        node = entry.find("atom:" + name, NS)
        if node is None:
            continue
        if node.get("type") == "xhtml":
            div = next((c for c in node if isinstance(c.tag, str)), None)
            if div is not None:
                return re.sub(r"\s+xmlns(:\w+)?=\"[^\"]*\"", "",
                              ET.tostring(div, encoding="unicode")), name
        return node.text or "", name
    return "", None


def items_of(root, feed_lang):
    """(format, items); each item a dict: id, title, link, date, body, lang, short_ok, teaser_field."""
    tag = local(root.tag)
    items = []
    if tag == "rss":
        channel = root.find("channel")
        lang = child_text(channel, "language") or feed_lang
        for it in channel.findall("item"):
            body = child_text(it, "{%s}encoded" % NS["content"]) or child_text(it, "description")
            items.append(dict(id=child_text(it, "guid") or child_text(it, "link"), title=child_text(it, "title"),
                              link=child_text(it, "link"),
                              date=child_text(it, "pubDate", "{%s}date" % NS["dc"]), body=body, lang=lang,
                              short_ok=has_short_marker(it)))
        return "RSS " + (root.get("version") or "2.0"), items
    if tag == "RDF":
        channel = root.find("rss1:channel", NS)
        lang = root.get(XML_LANG) or (child_text(channel, "{%s}language" % NS["dc"]) if channel is not None else "")
        for it in root.findall("rss1:item", NS):
            body = child_text(it, "{%s}encoded" % NS["content"]) or child_text(it, "{%s}description" % NS["rss1"])
            items.append(dict(id=it.get("{%s}about" % NS["rdf"]) or child_text(it, "link"),
                              title=child_text(it, "{%s}title" % NS["rss1"]), link=child_text(it, "{%s}link" % NS["rss1"]),
                              date=child_text(it, "{%s}date" % NS["dc"]), body=body,
                              lang=it.get(XML_LANG) or lang or feed_lang, short_ok=has_short_marker(it)))
        return "RSS 1.0", items
    if tag == "feed":
        lang = root.get(XML_LANG) or feed_lang
        for entry in root.findall("atom:entry", NS):
            body, field = atom_content(entry)
            link = next((l.get("href") for l in entry.findall("atom:link", NS)
                         if l.get("rel", "alternate") == "alternate"), "")
            items.append(dict(id=child_text(entry, "{%s}id" % NS["atom"]), title=child_text(entry, "{%s}title" % NS["atom"]),
                              link=link, date=child_text(entry, "{%s}published" % NS["atom"], "{%s}updated" % NS["atom"]),
                              body=body, lang=entry.get(XML_LANG) or lang, short_ok=has_short_marker(entry),
                              summary_only=(field == "summary")))
        return "Atom 1.0", items
    raise ValueError("unknown root element <%s>" % tag)


def json_items(document, feed_lang):
    if not str(document.get("version", "")).startswith("https://jsonfeed.org/version/"):
        raise ValueError("not a JSON Feed (version %r)" % document.get("version"))
    lang = document.get("language") or feed_lang
    items = []
    for it in document.get("items", []):
        body = it.get("content_html") or html.escape(it.get("content_text") or "") or it.get("summary") or ""
        items.append(dict(id=str(it.get("id", "")), title=it.get("title", ""), link=it.get("url", ""),
                          date=it.get("date_published") or it.get("date_modified") or "", body=body,
                          lang=it.get("language") or lang,
                          short_ok=("marked in the feed: " + str(it["_caravan_check"])
                                    if "short-ok" in str(it.get("_caravan_check", "")) else "")))
    return "JSON Feed " + document["version"].rsplit("/", 1)[-1], items


def lenient(data):
    """What a forgiving feed reader does with XML that is not well-formed: decode by the declared
    encoding, turn HTML named entities into characters and a bare '&' into '&amp;'.
    Returns the repaired text and the number of repairs."""
    declared = re.match(rb'<\?xml[^>]*encoding=["\']([^"\']+)', data)
    text = data.decode(declared.group(1).decode("ascii") if declared else "utf-8", errors="replace")
    text = re.sub(r"^\ufeff?<\?xml[^>]*\?>", "", text)
    repairs = 0

    def entity(match):
        nonlocal repairs
        if match.group(1) in ("amp", "lt", "gt", "quot", "apos"):
            return match.group(0)
        repairs += 1
        return html.escape(html.entities.html5.get(match.group(1) + ";", "&" + match.group(1) + ";"), quote=False)

    text = re.sub(r"&([A-Za-z][A-Za-z0-9]*);", entity, text)
    text, bare = re.subn(r"&(?!#?[A-Za-z0-9]+;)", "&amp;", text)
    return text, repairs + bare


def load(path, feed_lang):
    """(format, items, note): note says how a feed that is not well-formed XML was read, else None."""
    data = path.read_bytes()
    if path.suffix == ".json":
        return json_items(json.loads(data.decode("utf-8-sig")), feed_lang) + (None,)
    try:
        return items_of(parse_xml(data), feed_lang) + (None,)
    except ET.ParseError as error:
        text, repairs = lenient(data)
        note = "not well-formed XML (%s); lenient parse made %d repairs" % (error, repairs)
        return items_of(parse_xml(text), feed_lang) + (note,)


def base_lang(code):
    return (code or "").split("-")[0].split("_")[0].lower()
