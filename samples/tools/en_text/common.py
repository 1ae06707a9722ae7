"""Helpers the outlet text modules share."""


def ps(*paragraphs):
    """Body HTML from paragraphs: plain strings become <p> elements, strings starting with '<' stay as written."""
    out = []
    for p in paragraphs:
        p = p.strip()
        out.append(p if p.startswith("<") else "<p>" + p + "</p>")
    return "\n".join(out)


def figure(origin_slug, image, caption, credit, doubled=False):
    """An image <figure>; doubled=True repeats the caption as a plain paragraph after it, as the
    aggregator pages in the seeds do (the caption survives once as figcaption, once as text)."""
    text = caption + " " + credit
    html = ('<figure class="wp-block-image"><img src="{{origin}}/%s/img/%s.jpg" alt="%s" width="1200" height="800" />'
            "<figcaption>%s</figcaption></figure>" % (origin_slug, image, caption.replace('"', "&quot;"), text))
    if doubled:
        html += "\n<p>" + text + "</p>"
    return html


def pullquote(text):
    """A pull quote block; the same words also appear inside the running text of the story."""
    return '<blockquote class="pullquote"><p>&#8220;' + text + "&#8221;</p></blockquote>"
