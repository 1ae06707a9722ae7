using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Caravan.Cleaning;

namespace Caravan.Extraction;

/// <summary>Extracts the article from a web page: main text, sanitized HTML and metadata.</summary>
public static class ArticleExtractor
{
    /// <summary>Below this many characters a pass is retried with gentler cleaning (Readability's retry ladder).</summary>
    const int MinArticleChars = 500;

    /// <summary>One parser per thread: building one costs as much as a small page's extraction.</summary>
    [ThreadStatic]
    static HtmlParser? Parser;

    /// <summary>Scripting off, so noscript holds markup (HTML §13.2.6.4.7); no line/column tracking, which nothing reads.</summary>
    internal static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false, DisableElementPositionTracking = true };

    /// <summary>Set by the speed bench on its thread to time each phase; null otherwise.</summary>
    [ThreadStatic]
    internal static PhaseClock? Phases;

    /// <summary>Extracts from page bytes, detecting the encoding (BOM, HTTP charset, meta charset, then a guess).</summary>
    public static ExtractedArticle Extract(byte[] page, Uri? url, string? contentTypeHeader)
    {
        Phases?.Start();
        var html = PageDecoder.Decode(page, contentTypeHeader);
        Phases?.Mark(ExtractionPhase.Decode);
        return Extract(html, url);
    }

    public static ExtractedArticle Extract(string html, Uri? url)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parser = Parser ??= new HtmlParser(ParserOptions);
        var document = parser.ParseDocument(html);
        Phases?.Mark(ExtractionPhase.Parse);
        var metadata = PageMetadata.Read(document);
        var baseUrl = BaseUrl(metadata.BaseHref, url, metadata.Canonical);
        Phases?.Mark(ExtractionPhase.Metadata);

        var (content, text) = ExtractContent(document, parser, html, metadata.Title, metadata.JsonLd?.ArticleBody, metadata.Description);
        text = Evidence.PreferJsonLdWhenExtractionFailed(text, metadata.JsonLd?.ArticleBody);
        var (firstParagraph, secondParagraph) = FirstTwoParagraphs(text);
        Phases?.Mark(ExtractionPhase.Rest);
        var sanitized = content is null ? "" : Sanitizer.Clean(content, baseUrl);
        Phases?.Mark(ExtractionPhase.Sanitize);
        var article = new ExtractedArticle
        {
            Title = metadata.Title,
            Byline = metadata.Byline,
            Published = metadata.Published,
            Modified = metadata.Modified,
            SiteName = metadata.SiteName,
            Language = metadata.Language,
            Image = Absolute(metadata.Image, baseUrl) ?? FirstImage(content, baseUrl),
            ImageCredit = content is null ? null : LeadImageCredit(content),
            // The body's first paragraph holds the dateline; a lead printed above the body comes before it.
            Dateline = Datelines.FromFirstParagraph(firstParagraph) ?? (secondParagraph is null ? null : Datelines.FromFirstParagraph(secondParagraph)),
            Description = metadata.Description,
            Text = text,
            Html = sanitized,
            CanonicalUrl = Absolute(metadata.Canonical, baseUrl),
        };
        Phases?.Mark(ExtractionPhase.Rest);
        return article;
    }

    /// <summary>The text's first two paragraphs (blank-line separated) without splitting the whole text.</summary>
    static (string First, string? Second) FirstTwoParagraphs(string text)
    {
        var end = text.IndexOf("\n\n", StringComparison.Ordinal);
        if (end < 0) return (text, null);
        var next = text.IndexOf("\n\n", end + 2, StringComparison.Ordinal);
        return (text[..end], next < 0 ? text[(end + 2)..] : text[(end + 2)..next]);
    }

    static (IElement? Content, string Text) ExtractContent(IDocument document, HtmlParser parser, string html, string? title, string? articleBody, string? description)
    {
        (IElement? Content, string Text, double Quality) best = (null, "", double.MinValue);
        // Pass 1 strips boilerplate-named containers and weighs class names; later passes relax that on pages it fails.
        var first = true;
        foreach (var (removeUnlikely, weighClasses, conditionally) in (ReadOnlySpan<(bool, bool, bool)>)[(true, true, true), (false, true, true), (false, false, false)])
        {
            var doc = first ? document : parser.ParseDocument(html);
            if (!first)
                Phases?.Mark(ExtractionPhase.Parse);
            first = false;
            var body = doc.Body;
            if (body is null)
                break;
            var stats = PageStripper.Strip(body, removeUnlikely);
            Phases?.Mark(ExtractionPhase.Strip);
            var scorer = new ContentScorer(stats, weighClasses);
            var top = scorer.FindTopCandidate(body) ?? body;
            var container = doc.CreateElement("div");
            var parts = scorer.WithSiblings(top);
            if (Standfirst.Find(top, parts, stats, description) is { } lead && !Repeats(lead, top))
                parts.Insert(0, lead);
            foreach (var part in parts)
                container.AppendChild(part);
            // The parts keep their measures when they move; the new container's are their sum.
            stats.AddContainer(container, parts);
            Phases?.Mark(ExtractionPhase.Score);
            ContentCleaner.Clean(container, stats, scorer, title, conditionally);
            ContentLines.RemoveBoilerplateLines(container);
            Phases?.Mark(ExtractionPhase.Clean);
            var text = PlainText.From(container, ContentLines.IsCaption);
            Phases?.Mark(ExtractionPhase.Text);
            if (text.Length >= MinArticleChars && best.Content is null)
                return (container, text); // the first pass succeeded: nothing to compare it with
            var quality = Quality(container, text, articleBody);
            Phases?.Mark(ExtractionPhase.Text);
            if (quality > best.Quality)
                best = (container, text, quality);
            if (text.Length >= MinArticleChars)
                break;
        }
        return (best.Content, best.Text);
    }

    /// <summary>Some pages print the lead again as the body's first paragraph; it is then kept once.</summary>
    static bool Repeats(IElement lead, IElement body) =>
        Blocks.Key(body.TextContent).Contains(Blocks.Key(lead.TextContent), StringComparison.Ordinal);

    /// <summary>Prefers longer text made of prose rather than links; agreement with the publisher's articleBody counts most.</summary>
    static double Quality(IElement container, string text, string? articleBody)
    {
        var stats = NodeStats.Compute(container);
        var linkDensity = stats.LinkDensity(container);
        var quality = text.Length * (1 - linkDensity) * (1 - linkDensity);
        if (articleBody is { Length: > 200 })
            quality *= 0.2 + Evidence.Overlap(text, articleBody);
        return quality;
    }

    static Uri? BaseUrl(string? baseHref, Uri? url, string? canonical)
    {
        if (url is not null && url.IsAbsoluteUri)
            return baseHref is not null && Uri.TryCreate(url, baseHref, out var withBase) && withBase.Scheme is "http" or "https" ? withBase : url;
        foreach (var candidate in (string?[])[baseHref, canonical])
            if (Uri.TryCreate(candidate, UriKind.Absolute, out var abs) && abs.Scheme is "http" or "https")
                return abs;
        return null;
    }

    static Uri? Absolute(string? raw, Uri? baseUrl)
    {
        var resolved = UrlPolicy.Web(raw, baseUrl);
        return resolved is not null && Uri.TryCreate(resolved, UriKind.Absolute, out var uri) ? uri : null;
    }

    static readonly HashSet<string> ImageNames = Descendants.Names("img");
    static readonly HashSet<string> FigureNames = Descendants.Names("figure");

    static Uri? FirstImage(IElement? content, Uri? baseUrl)
    {
        var img = content is null ? null : Descendants.FirstNamed(content, ImageNames);
        return img is null ? null : Absolute(LazyImages.RealSource(img), baseUrl);
    }

    static string? LeadImageCredit(IElement content)
    {
        var figure = Descendants.FirstNamed(content, FigureNames);
        var caption = figure?.QuerySelector("figcaption, .credit, .caption, [class*='credit']");
        if (caption is null)
            return null;
        var credit = figure!.QuerySelector(".credit, [class*='credit'], [class*='copyright']");
        if (credit is not null && Blocks.Collapse(credit.TextContent) is { Length: > 1 and < 80 } creditText)
            return ImageCredits.FromLine(creditText) ?? creditText;
        return ImageCredits.FromCaptionEnd(Blocks.Collapse(caption.TextContent));
    }
}
