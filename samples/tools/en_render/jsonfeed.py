"""JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) for Tashkent Times."""
import json

from .base import ORIGIN, excerpt, item_link, rfc3339, text_of, when


def feed(module):
    dated = sorted(((when(i["date"], module.TZ), i) for i in module.ITEMS), key=lambda p: p[0], reverse=True)
    items = []
    for moment, item in dated:
        link = item_link(module.SLUG, item, moment)
        entry = {
            "id": link,
            "url": link,
            "title": text_of(item["title"]),
            "content_html": item["body"],
            "summary": text_of(excerpt(item["body"], 30)),
            "image": "%s/%s/img/%s.jpg" % (ORIGIN, module.SLUG, item["image"]),
            "date_published": rfc3339(moment),
        }
        if item.get("modified"):
            entry["date_modified"] = rfc3339(when(item["modified"], module.TZ))
        entry["authors"] = [{"name": item["author"], "url": "%s/%s/author/%s" % (
            ORIGIN, module.SLUG, item["author"].lower().replace(" ", "-"))}]
        entry["tags"] = item["cats"]
        items.append(entry)
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": module.NAME,
        "home_page_url": "%s/%s/" % (ORIGIN, module.SLUG),
        "feed_url": "%s/%s/feed.json" % (ORIGIN, module.SLUG),
        "description": module.DESCRIPTION,
        "icon": "%s/%s/img/icon-512.png" % (ORIGIN, module.SLUG),
        "language": "en",
        "authors": [{"name": module.NAME}],
        "items": items,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
