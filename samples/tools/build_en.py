#!/usr/bin/env python3
"""Renders the samples-en outlets (steppe-herald, central-asia-wire, bishkek-observer,
dushanbe-daily, tashkent-times, ashgabat-monitor) from the texts in samples/tools/en_text/ into
the feed files, article pages and home pages the demo origin serves.

Run from anywhere: python3 samples/tools/build_en.py
The generated files are committed; edit the texts, not the feeds, then run this again.
The output is deterministic (no clock, no randomness). Python 3 standard library only.
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from en_render import atom, jsonfeed, pages, rss1, rss2  # noqa: E402
from en_render.base import SAMPLES, write  # noqa: E402
from en_text import (ashgabat_monitor, bishkek_observer, central_asia_wire,  # noqa: E402
                     dushanbe_daily, steppe_herald, tashkent_times)


def main():
    sh = steppe_herald
    write(sh.SLUG + "/feed.xml", rss2.steppe_feed(sh, edition=1))
    write(sh.SLUG + "/feed.2.xml", rss2.steppe_feed(sh, edition=2))
    write(sh.SLUG + "/index.html", pages.home(sh, "rss", "feed.xml", sh.ITEMS))

    bo = bishkek_observer
    write(bo.SLUG + "/feed.xml", atom.summary_feed(bo))
    write(bo.SLUG + "/index.html", pages.home(bo, "atom", "feed.xml", bo.ITEMS))
    for item in bo.ITEMS:
        write(pages.article_path(bo, item), pages.article(bo, item))

    dd = dushanbe_daily
    write(dd.SLUG + "/feed.xml", rss1.feed(dd))
    write(dd.SLUG + "/index.html", pages.home(dd, "rss", "feed.xml", dd.ITEMS))

    tt = tashkent_times
    write(tt.SLUG + "/feed.json", jsonfeed.feed(tt))
    write(tt.SLUG + "/index.html", pages.home(tt, "json", "feed.json", tt.ITEMS))

    am = ashgabat_monitor
    write(am.SLUG + "/feed.xml", atom.full_feed(am))
    write(am.SLUG + "/index.html", pages.home(am, "atom", "feed.xml", am.ITEMS))

    sources = {m.SLUG: m for m in (sh, bo, dd, tt, am)}
    wire = central_asia_wire
    wire_items = rss2.wire_items(wire, sources)
    write(wire.SLUG + "/feed.xml", rss2.wire_feed(wire, wire_items))
    write(wire.SLUG + "/index.html", pages.home(wire, "rss", "feed.xml", wire_items))
    print("wrote samples-en outlets under", SAMPLES)


if __name__ == "__main__":
    main()
