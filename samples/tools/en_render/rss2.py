"""RSS 2.0 (with content:encoded, dc:creator and Media RSS) for Steppe Herald and the
Central Asia Wire aggregator, in the shape WordPress writes."""
import datetime as dt

from .base import ORIGIN, cdata, excerpt, item_link, rfc822, when, x

NAMESPACES = ('xmlns:content="http://purl.org/rss/1.0/modules/content/" '
              'xmlns:dc="http://purl.org/dc/elements/1.1/" '
              'xmlns:atom="http://www.w3.org/2005/Atom" '
              'xmlns:media="http://search.yahoo.com/mrss/" '
              'xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"')


def render_item(slug, item, moment, date_style="full"):
    lines = ["<item>",
             "\t<title>%s</title>" % x(item["title"]),
             "\t<link>%s</link>" % item_link(slug, item, moment),
             "\t<dc:creator>%s</dc:creator>" % cdata(item["author"]) if item.get("author") else None,
             "\t<pubDate>%s</pubDate>" % rfc822(moment, date_style)]
    lines += ["\t<category>%s</category>" % cdata(c) for c in item.get("cats", [])]
    lines.append('\t<guid isPermaLink="false">%s/%s/?p=%d</guid>' % (ORIGIN, slug, item["guid"]))
    if item.get("body"):
        lines.append("\t<description>%s</description>" % cdata(excerpt(item["body"])))
        lines.append("\t<content:encoded>%s</content:encoded>" % cdata(item["body"]))
    if item.get("media"):
        image, credit = item["media"]
        who = credit.split(": ", 1)[-1]
        lines.append('\t<media:content url="%s/%s/img/%s.jpg" medium="image" type="image/jpeg" width="1200" height="800">'
                     % (ORIGIN, slug, image))
        lines.append('\t\t<media:credit role="photographer" scheme="urn:ebu">%s</media:credit>' % x(who))
        lines.append("\t</media:content>")
    if item.get("check_comment"):
        # Read by samples/check.py: this item is short on purpose.
        lines.append("\t<!-- caravan-check: short-ok (%s) -->" % item["check_comment"])
    lines.append("</item>")
    return "\n".join("\t\t" + line for line in lines if line is not None)


def channel(module, items_xml, build_date):
    head = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" %s>' % NAMESPACES,
        "<channel>",
        "\t<title>%s</title>" % x(module.NAME),
        '\t<atom:link href="%s/%s/feed.xml" rel="self" type="application/rss+xml" />' % (ORIGIN, module.SLUG),
        "\t<link>%s/%s/</link>" % (ORIGIN, module.SLUG),
        "\t<description>%s</description>" % x(module.DESCRIPTION),
        "\t<lastBuildDate>%s</lastBuildDate>" % rfc822(build_date),
        "\t<language>en-US</language>",
        "\t<sy:updatePeriod>hourly</sy:updatePeriod>",
        "\t<sy:updateFrequency>1</sy:updateFrequency>",
        "\t<generator>https://wordpress.org/?v=6.8.1</generator>",
        "\t<image>",
        "\t\t<url>%s/%s/img/logo.png</url>" % (ORIGIN, module.SLUG),
        "\t\t<title>%s</title>" % x(module.NAME),
        "\t\t<link>%s/%s/</link>" % (ORIGIN, module.SLUG),
        "\t</image>",
    ]
    return "\n".join(head + items_xml + ["</channel>", "</rss>", ""])


def steppe_feed(module, edition):
    """Edition 1 is feed.xml; edition 2 (feed.2.xml) is the whole feed a few days later: two new
    items on top and the Zhanaozen story (same guid, same link) with corrected figures."""
    items = list(module.ITEMS)
    if edition == 2:
        items = list(module.NEW_IN_V2) + [dict(i, body=i.get("body_v2", i["body"])) for i in items]
    dated = sorted(((when(i["date"], module.TZ), i) for i in items), key=lambda p: p[0], reverse=True)
    rendered = [render_item(module.SLUG, i, m, i.get("datestyle", "full")) for m, i in dated]
    build = dated[0][0] + dt.timedelta(minutes=5)
    return channel(module, rendered, build)


def wire_items(wire, sources):
    """The aggregator's items: copies of the source outlets' items (same body, plus the attribution
    line and share boilerplate), the originals and the empty item, newest first."""
    items = []
    for post_id, source_slug, key, style, hours, cats in wire.COPIES:
        source = sources[source_slug]
        original = next(i for i in source.ITEMS if i["key"] == key)
        source_moment = when(original["date"], source.TZ)
        moment = (source_moment + dt.timedelta(hours=hours)).astimezone(dt.timezone.utc)
        outlet = '<a href="%s/%s/" rel="nofollow">%s</a>' % (ORIGIN, source.SLUG, source.NAME)
        if style == "originally":
            attribution = "<p>This post was originally published on %s.</p>" % outlet
        else:
            attribution = ('<p>The post <a href="%s" rel="nofollow">%s</a> appeared first on %s.</p>'
                           % (item_link(source.SLUG, original, source_moment), original["title"], outlet))
        share = ('<div class="sharedaddy"><p>Share this: <a href="%s/%s/share/facebook?p=%d">Facebook</a> '
                 '<a href="%s/%s/share/twitter?p=%d">Twitter</a></p></div>'
                 % (ORIGIN, wire.SLUG, post_id, ORIGIN, wire.SLUG, post_id))
        items.append(dict(guid=post_id, slug=original["slug"], title=original["title"], author=original["author"],
                          cats=cats, body=original["body"] + "\n" + attribution + "\n" + share, moment=moment,
                          source=(source.SLUG, original["key"])))
    for original in wire.ORIGINALS:
        items.append(dict(original, moment=when(original["date"], 0)))
    items.append(dict(wire.EMPTY, moment=when(wire.EMPTY["date"], 0)))
    return sorted(items, key=lambda i: (i["moment"], i["guid"]), reverse=True)


def wire_feed(wire, items):
    rendered = []
    for index, item in enumerate(items):
        style = "gmt" if index % 4 == 3 else "full"
        rendered.append(render_item(wire.SLUG, item, item["moment"], style))
    duplicate = next(i for i, item in enumerate(items) if item["guid"] == wire.DUPLICATED_POST_ID)
    # The duplicate entry: the same item again, four places further down, as a feed that was
    # assembled from two overlapping batches shows it.
    rendered.insert(duplicate + 5, rendered[duplicate])
    return channel(wire, rendered, items[0]["moment"] + dt.timedelta(minutes=10))
