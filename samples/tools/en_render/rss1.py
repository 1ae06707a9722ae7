"""RSS 1.0 (RDF Site Summary) with Dublin Core and content:encoded, for Dushanbe Daily."""
from .base import ORIGIN, cdata, excerpt, item_link, rfc3339, when, x


def feed(module):
    dated = sorted(((when(i["date"], module.TZ), i) for i in module.ITEMS), key=lambda p: p[0], reverse=True)
    home = "%s/%s/" % (ORIGIN, module.SLUG)
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"',
        '         xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"',
        '         xml:lang="en">',
        '<channel rdf:about="%s/%s/feed.xml">' % (ORIGIN, module.SLUG),
        "\t<title>%s</title>" % x(module.NAME),
        "\t<link>%s</link>" % home,
        "\t<description>%s</description>" % x(module.DESCRIPTION),
        "\t<dc:language>en</dc:language>",
        "\t<dc:date>%s</dc:date>" % rfc3339(dated[0][0]),
        "\t<dc:publisher>%s</dc:publisher>" % x(module.NAME),
        '\t<image rdf:resource="%s/%s/img/logo.png" />' % (ORIGIN, module.SLUG),
        "\t<items>",
        "\t\t<rdf:Seq>",
    ]
    out += ['\t\t\t<rdf:li rdf:resource="%s" />' % item_link(module.SLUG, i, m) for m, i in dated]
    out += ["\t\t</rdf:Seq>", "\t</items>", "</channel>",
            '<image rdf:about="%s/%s/img/logo.png">' % (ORIGIN, module.SLUG),
            "\t<title>%s</title>" % x(module.NAME),
            "\t<url>%s/%s/img/logo.png</url>" % (ORIGIN, module.SLUG),
            "\t<link>%s</link>" % home,
            "</image>"]
    for moment, item in dated:
        link = item_link(module.SLUG, item, moment)
        out += ['<item rdf:about="%s">' % link,
                "\t<title>%s</title>" % x(item["title"]),
                "\t<link>%s</link>" % link,
                "\t<description>%s</description>" % x(excerpt(item["body"], 30)),
                "\t<dc:date>%s</dc:date>" % rfc3339(moment),
                "\t<dc:creator>%s</dc:creator>" % x(item["author"])]
        out += ["\t<dc:subject>%s</dc:subject>" % x(c) for c in item["cats"]]
        out += ["\t<content:encoded>%s</content:encoded>" % cdata(item["body"]), "</item>"]
    out += ["</rdf:RDF>", ""]
    return "\n".join(out)
