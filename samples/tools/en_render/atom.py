"""Atom 1.0 (RFC 4287): Bishkek Observer's summary-only feed and Ashgabat Monitor's full-content feed."""
import datetime as dt
import html

from .base import ORIGIN, excerpt, item_link, rfc3339, when, x


def _head(module, updated, feed_file):
    return [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
        "\t<title>%s</title>" % x(module.NAME),
        "\t<subtitle>%s</subtitle>" % x(module.DESCRIPTION),
        '\t<link rel="alternate" type="text/html" href="%s/%s/" />' % (ORIGIN, module.SLUG),
        '\t<link rel="self" type="application/atom+xml" href="%s/%s/%s" />' % (ORIGIN, module.SLUG, feed_file),
        "\t<id>%s/%s/</id>" % (ORIGIN, module.SLUG),
        "\t<updated>%s</updated>" % rfc3339(updated),
        '\t<generator uri="https://gohugo.io/">Hugo</generator>',
        "\t<icon>%s/%s/img/favicon.png</icon>" % (ORIGIN, module.SLUG),
    ]


def _entry_head(module, item, moment, entry_id, updated):
    out = ["\t<entry>",
           "\t\t<title>%s</title>" % x(item["title"]),
           '\t\t<link rel="alternate" type="text/html" href="%s" />' % item_link(module.SLUG, item, moment),
           "\t\t<id>%s</id>" % entry_id,
           "\t\t<published>%s</published>" % rfc3339(moment),
           "\t\t<updated>%s</updated>" % rfc3339(updated),
           "\t\t<author><name>%s</name></author>" % x(item["author"])]
    out += ['\t\t<category term="%s" />' % x(c).replace('"', "&quot;") for c in item["cats"]]
    return out


def _sorted(module):
    return sorted(((when(i["date"], module.TZ), i) for i in module.ITEMS), key=lambda p: p[0], reverse=True)


def summary_feed(module):
    """Summary-only: one or two sentences and a "Continue reading…" (or "Read more »") link to the
    article page; the full text is only on the page."""
    dated = _sorted(module)
    out = _head(module, dated[0][0], "feed.xml")
    for index, (moment, item) in enumerate(dated):
        link = item_link(module.SLUG, item, moment)
        entry_id = "tag:bishkek-observer,%s:/%s" % (moment.date().isoformat(), item["slug"])
        out += _entry_head(module, item, moment, entry_id, moment)
        more = "Continue reading&#8230;" if index % 3 else "Read more &#187;"
        summary = '<p>%s <a href="%s" class="more-link">%s</a></p>' % (item["summary"], link, more)
        out += ['\t\t<summary type="html">%s</summary>' % html.escape(summary, quote=False), "\t</entry>"]
    out += ["</feed>", ""]
    return "\n".join(out)


def full_feed(module):
    """Full content as escaped HTML (type="html"); the entry marked xhtml carries inline XHTML."""
    dated = _sorted(module)
    out = _head(module, dated[0][0], "feed.xml")
    for index, (moment, item) in enumerate(dated):
        link = item_link(module.SLUG, item, moment)
        # Every third entry was edited an hour after publication, so <updated> differs from <published>.
        updated = moment + dt.timedelta(hours=1) if index % 3 == 1 else moment
        out += _entry_head(module, item, moment, link, updated)
        out.append('\t\t<summary type="text">%s</summary>' % x(excerpt(item["body"], 25)))
        if item.get("xhtml"):
            out.append('\t\t<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">%s</div></content>'
                       % item["body"].replace("&quot;", "&#34;"))
        else:
            out.append('\t\t<content type="html">%s</content>' % html.escape(item["body"], quote=False))
        out.append("\t</entry>")
    out += ["</feed>", ""]
    return "\n".join(out)
