"""Dates, links, text helpers and file writing shared by the renderers."""
import datetime as dt
import html
import pathlib
import re
from xml.sax.saxutils import escape

SAMPLES = pathlib.Path(__file__).resolve().parent.parent.parent
ORIGIN = "{{origin}}"
DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def when(text, tz_hours):
    """An item's local time ("YYYY-MM-DD HH:MM" in the outlet's zone) as an aware datetime."""
    local = dt.datetime.strptime(text, "%Y-%m-%d %H:%M")
    return local.replace(tzinfo=dt.timezone(dt.timedelta(hours=tz_hours)))


def rfc822(moment, style="full"):
    """RFC 822 date as RSS 2.0 wants it. style 'noday' drops the optional day name and
    'gmt' writes the instant in GMT: both are legal RFC 822 and common in real feeds."""
    if style == "gmt":
        moment = moment.astimezone(dt.timezone.utc)
    minutes = int(moment.utcoffset().total_seconds() // 60)
    zone = "GMT" if style == "gmt" else "%+03d%02d" % (minutes // 60, abs(minutes) % 60)
    core = "%02d %s %d %02d:%02d:%02d %s" % (moment.day, MONTHS[moment.month - 1], moment.year,
                                            moment.hour, moment.minute, moment.second, zone)
    return core if style == "noday" else DAY_NAMES[moment.weekday()] + ", " + core


def rfc3339(moment):
    """RFC 3339 date-time with the outlet's own offset, as Atom, RSS 1.0 (dc:date) and JSON Feed want."""
    return moment.isoformat()


def item_path(slug, item, moment):
    """The path of an item's permalink: /<outlet>/YYYY/MM/DD/<url-slug>."""
    return "/%s/%04d/%02d/%02d/%s" % (slug, moment.year, moment.month, moment.day, item["slug"])


def item_link(slug, item, moment):
    return ORIGIN + item_path(slug, item, moment)


def text_of(fragment):
    """Plain text of an HTML fragment or an entity-bearing title."""
    return html.unescape(re.sub(r"<[^>]+>", " ", fragment)).replace("\xa0", " ")


def words(fragment):
    return text_of(fragment).split()


def excerpt(body, count=40):
    """A WordPress-style excerpt: the first words of the body and a bracketed ellipsis."""
    return " ".join(words(body)[:count]) + " [&#8230;]"


def x(text):
    """Text for an XML element: entity references in our strings are decoded, then XML-escaped."""
    return escape(html.unescape(text))


def cdata(fragment):
    return "<![CDATA[" + fragment.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def write(relative, content):
    path = SAMPLES / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8", newline="\n")
