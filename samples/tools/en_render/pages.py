"""HTML pages: each outlet's home page (feed autodiscovery, headlines) and, for the summary-only
Bishkek Observer, full article pages with the clutter real news sites put around the text."""
import html
import json

from .base import ORIGIN, item_link, item_path, rfc3339, text_of, when

FEED_TYPES = {"rss": "application/rss+xml", "atom": "application/atom+xml", "json": "application/feed+json"}


def _moment(module, item):
    return item.get("moment") or when(item["date"], getattr(module, "TZ", 0))


def home(module, kind, feed_file, items):
    latest = sorted(items, key=lambda i: _moment(module, i), reverse=True)[:8]
    links = "\n".join(
        '      <li><a href="%s">%s</a> <time datetime="%s">%s</time></li>'
        % (item_link(module.SLUG, i, _moment(module, i)), i["title"], rfc3339(_moment(module, i)),
           _moment(module, i).strftime("%d %b %Y"))
        for i in latest)
    return """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{name} &#8211; {description}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="alternate" type="{type}" title="{name}" href="{origin}/{slug}/{feed}">
  <link rel="icon" href="{origin}/{slug}/img/favicon.png">
</head>
<body>
  <header><a href="{origin}/{slug}/" class="logo">{name}</a>
    <nav><a href="{origin}/{slug}/category/politics/">Politics</a> <a href="{origin}/{slug}/category/economy/">Economy</a> <a href="{origin}/{slug}/category/energy/">Energy</a> <a href="{origin}/{slug}/about/">About</a></nav>
  </header>
  <main>
    <h1>Latest news</h1>
    <ul class="headlines">
{links}
    </ul>
    <p><a href="{origin}/{slug}/{feed}">Subscribe to our feed</a></p>
  </main>
  <footer>&#169; 2026 {name}</footer>
</body>
</html>
""".format(name=html.escape(module.NAME), description=html.escape(module.DESCRIPTION), type=FEED_TYPES[kind],
           origin=ORIGIN, slug=module.SLUG, feed=feed_file, links=links)


def article_path(module, item):
    """The file the demo origin serves for the item's link: samples/<slug>/YYYY/MM/DD/<url-slug>.html."""
    return item_path(module.SLUG, item, _moment(module, item)).lstrip("/") + ".html"


def article(module, item):
    moment = _moment(module, item)
    link = item_link(module.SLUG, item, moment)
    image, caption, credit = item["image"]
    image_url = "%s/%s/img/%s.jpg" % (ORIGIN, module.SLUG, image)
    title_text = text_of(item["title"])
    summary_text = text_of(item["summary"])
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": title_text,
        "description": summary_text, "image": [image_url], "datePublished": rfc3339(moment),
        "dateModified": rfc3339(moment), "author": [{"@type": "Person", "name": item["author"]}],
        "publisher": {"@type": "Organization", "name": module.NAME,
                      "logo": {"@type": "ImageObject", "url": "%s/%s/img/logo.png" % (ORIGIN, module.SLUG)}},
        "mainEntityOfPage": link, "articleSection": item["cats"][0], "inLanguage": "en",
    }
    others = [i for i in module.ITEMS if i is not item][:4]
    related = "\n".join('          <li><a href="%s">%s</a></li>' % (item_link(module.SLUG, i, _moment(module, i)), i["title"])
                        for i in others)
    paragraphs = item["body"].split("\n")
    # The figure goes after the first paragraph, where news sites put the lead image.
    figure = ('<figure class="article-image"><img src="{src}" alt="{alt}" width="1200" height="800" loading="lazy">'
              '<figcaption>{caption} <span class="credit">{credit}</span></figcaption></figure>'
              ).format(src=image_url, alt=html.escape(text_of(caption)), caption=caption, credit=credit)
    body = "\n        ".join(paragraphs[:1] + [figure] + paragraphs[1:])
    tags = " ".join('<a href="%s/%s/tag/%s/" rel="tag">%s</a>' % (ORIGIN, module.SLUG, c.lower().replace(" ", "-"), c)
                    for c in item["cats"])
    return ARTICLE.format(
        title=item["title"], title_attr=html.escape(title_text), summary_attr=html.escape(summary_text),
        link=link, image=image_url, name=module.NAME, origin=ORIGIN, slug=module.SLUG,
        section=item["cats"][0], section_lower=item["cats"][0].lower(), author=item["author"], author_slug=item["author"].lower().replace(" ", "-"),
        iso=rfc3339(moment), weekday=moment.strftime("%A"), human=moment.strftime("%d %B %Y, %H:%M").lstrip("0"),
        body=body, tags=tags, related=related, ld=json.dumps(ld, ensure_ascii=False, indent=2))


ARTICLE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title_attr} | {name}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="{summary_attr}">
  <link rel="canonical" href="{link}">
  <link rel="alternate" type="application/atom+xml" title="{name}" href="{origin}/{slug}/feed.xml">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{name}">
  <meta property="og:title" content="{title_attr}">
  <meta property="og:description" content="{summary_attr}">
  <meta property="og:url" content="{link}">
  <meta property="og:image" content="{image}">
  <meta property="article:published_time" content="{iso}">
  <meta property="article:section" content="{section}">
  <meta name="twitter:card" content="summary_large_image">
  <link rel="stylesheet" href="{origin}/{slug}/assets/site.css">
  <script type="application/ld+json">
{ld}
  </script>
  <script async src="{origin}/{slug}/assets/analytics.js"></script>
</head>
<body class="single-article">
  <div class="top-bar">{weekday} edition &#183; <a href="{origin}/{slug}/subscribe/">Subscribe to our newsletter</a> &#183; <a href="{origin}/{slug}/donate/">Support independent journalism</a></div>
  <header class="site-header">
    <a class="logo" href="{origin}/{slug}/"><img src="{origin}/{slug}/img/logo.png" alt="{name}"></a>
    <nav class="main-nav">
      <ul>
        <li><a href="{origin}/{slug}/">Home</a></li>
        <li><a href="{origin}/{slug}/category/politics/">Politics</a></li>
        <li><a href="{origin}/{slug}/category/economy/">Economy</a></li>
        <li><a href="{origin}/{slug}/category/energy/">Energy</a></li>
        <li><a href="{origin}/{slug}/category/society/">Society</a></li>
        <li><a href="{origin}/{slug}/category/culture/">Culture</a></li>
        <li><a href="{origin}/{slug}/about/">About us</a></li>
      </ul>
    </nav>
    <form class="search" action="{origin}/{slug}/search"><input type="search" name="q" placeholder="Search"></form>
  </header>
  <div class="ad-slot ad-leaderboard">Advertisement</div>
  <main>
    <article class="post">
      <p class="section"><a href="{origin}/{slug}/category/{section_lower}/">{section}</a></p>
      <h1 class="entry-title">{title}</h1>
      <p class="byline">By <a href="{origin}/{slug}/author/{author_slug}/" rel="author">{author}</a> &#183; <time datetime="{iso}">{human}</time></p>
      <div class="share-buttons top">
        <a class="share facebook" href="{origin}/{slug}/share/facebook?u={link}">Share on Facebook</a>
        <a class="share twitter" href="{origin}/{slug}/share/twitter?u={link}">Post on X</a>
        <a class="share telegram" href="{origin}/{slug}/share/telegram?u={link}">Telegram</a>
        <a class="share whatsapp" href="{origin}/{slug}/share/whatsapp?u={link}">WhatsApp</a>
      </div>
      <div class="entry-content">
        {body}
      </div>
      <p class="tags">Tags: {tags}</p>
      <div class="share-buttons bottom">Share this article: <a href="{origin}/{slug}/share/facebook?u={link}">Facebook</a> <a href="{origin}/{slug}/share/twitter?u={link}">X</a> <a href="{origin}/{slug}/share/telegram?u={link}">Telegram</a></div>
      <div class="newsletter-box">
        <h2>Get the Observer in your inbox</h2>
        <p>Our free morning briefing on Kyrgyzstan and the region, every weekday.</p>
        <form action="{origin}/{slug}/subscribe/"><input type="email" name="email" placeholder="Your email"><button>Sign up</button></form>
      </div>
    </article>
    <aside class="related">
      <h2>Related stories</h2>
      <ul>
{related}
      </ul>
    </aside>
    <aside class="most-read">
      <h2>Most read</h2>
      <ol>
        <li><a href="{origin}/{slug}/">Exchange rates: the som this week</a></li>
        <li><a href="{origin}/{slug}/">Weather: snow expected in the mountains</a></li>
      </ol>
    </aside>
  </main>
  <footer class="site-footer">
    <p>&#169; 2026 {name}. All rights reserved. Reproduction only with a link to the source.</p>
    <nav><a href="{origin}/{slug}/about/">About</a> <a href="{origin}/{slug}/contact/">Contact</a> <a href="{origin}/{slug}/privacy/">Privacy policy</a> <a href="{origin}/{slug}/feed.xml">RSS</a></nav>
  </footer>
  <div class="cookie-banner" role="dialog" aria-label="Cookie consent">
    <p>We use cookies to analyse traffic and show you relevant content. By continuing to use this site you agree to our <a href="{origin}/{slug}/privacy/">privacy policy</a>.</p>
    <button type="button" class="accept">Accept all</button> <button type="button" class="reject">Only necessary</button>
  </div>
</body>
</html>
"""
