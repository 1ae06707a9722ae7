namespace Caravan.Parsing.Xml;

/// <summary>Reads Atom text constructs (RFC 4287 §3.1) and RSS text elements as HTML or as plain text.</summary>
internal static class TextConstruct
{
    /// <summary>The element's content as HTML.</summary>
    public static string? AsHtml(FeedNode? node)
    {
        if (node is null)
            return null;
        var type = (node.Attribute("type") ?? "").Trim().ToLowerInvariant();
        var mode = (node.Attribute("mode") ?? "").Trim().ToLowerInvariant();
        if (mode == "base64" || IsAtom10Binary(node, type))
            return HtmlUrls.Resolve(DecodeBase64(node.Text()) ?? "", node.BaseUri);
        if (type is "xhtml" or "application/xhtml+xml" || mode == "xml" || (node.HasElementChildren && !node.HasCData))
            return InnerXhtml(node).Trim();
        if (type is "text" or "text/plain")
            return HtmlText.Encode(Windows1252.RepairDoubleEncoding(node.Text()));
        return HtmlUrls.Resolve(Windows1252.RepairDoubleEncoding(node.Text().Trim()), node.BaseUri);
    }

    /// <summary>The element's content as HTML when it was written as markup (feedparser's text/html titles); null when plain text.</summary>
    public static string? MarkupOrNull(FeedNode node)
    {
        var type = (node.Attribute("type") ?? "").Trim().ToLowerInvariant();
        if (type is "text" or "text/plain")
            return null;
        if (type is "html" or "text/html" or "xhtml" or "application/xhtml+xml" || node.HasElementChildren || (node.Attribute("mode") ?? "") is "base64" or "escaped" or "xml" || IsAtom10Binary(node, type))
            return AsHtml(node);
        var text = node.Text();
        return HtmlText.LooksLikeHtml(text) ? AsHtml(node) : null;
    }

    /// <summary>The element's content as plain text (titles, names).</summary>
    public static string? AsPlain(FeedNode? node)
    {
        if (node is null)
            return null;
        var type = (node.Attribute("type") ?? "").Trim().ToLowerInvariant();
        if ((node.Attribute("mode") ?? "").Trim() == "base64" || IsAtom10Binary(node, type))
            return HtmlText.ToPlain(AsHtml(node) ?? "").Trim();
        if (type is "xhtml" or "application/xhtml+xml" || node.HasElementChildren)
            return HtmlText.ToPlain(InnerXhtml(node)).Trim();
        var text = Windows1252.RepairDoubleEncoding(node.Text());
        if (type is "text" or "text/plain")
            return text.Trim();
        return (type is "html" or "text/html" || HtmlText.LooksLikeHtml(text) ? HtmlText.ToPlain(text) : text).Trim();
    }

    /// <summary>
    /// The element as feedparser's *_detail: Atom's type names become media types (RFC 4287 §3.1.1), base64 and
    /// escaped modes (Atom 0.3) are undone, and plain text stays raw text. RSS elements that default to text/plain
    /// but carry markup are reported as text/html (<paramref name="guessHtml"/>), as feedparser guesses.
    /// </summary>
    public static TextDetail? Detail(FeedNode? node, string defaultType, bool guessHtml = false)
    {
        if (node is null)
            return null;
        var declared = (node.Attribute("type") ?? "").Trim().ToLowerInvariant();
        var mode = (node.Attribute("mode") ?? "").Trim().ToLowerInvariant();
        var type = declared switch
        {
            "" => defaultType,
            "text" or "plain" => "text/plain",
            "html" => "text/html",
            "xhtml" => "application/xhtml+xml",
            _ => declared,
        };
        string value;
        if (mode == "base64" || IsAtom10Binary(node, declared))
            value = DecodeBase64(node.Text()) ?? "";
        else if (type is "application/xhtml+xml" || mode == "xml" || (node.HasElementChildren && !node.HasCData))
            value = InnerXhtml(node);
        else
            value = node.Text();
        value = Windows1252.RepairDoubleEncoding(value.Trim());
        if (guessHtml && type == "text/plain" && HtmlText.LooksLikeHtml(value))
            type = "text/html";
        if (type is "text/html" or "application/xhtml+xml")
            value = HtmlUrls.Resolve(value, node.BaseUri);
        return new TextDetail(value, type, node.Lang, node.BaseUri?.AbsoluteUri);
    }

    /// <summary>
    /// The HTML of a detail, as <see cref="AsHtml"/> gives it, without reading the element twice: markup stays,
    /// plain text is escaped; other media types (decoded base64) take the element's own reading.
    /// </summary>
    public static string? HtmlOf(TextDetail? detail, FeedNode node) => detail?.Type switch
    {
        null => null,
        "text/html" or "application/xhtml+xml" => detail.Value,
        "text/plain" => HtmlText.Encode(detail.Value),
        _ => AsHtml(node),
    };

    /// <summary>RFC 4287 §4.1.3.3: Atom content of a non-text, non-XML media type is base64-encoded.</summary>
    private static bool IsAtom10Binary(FeedNode node, string declared) =>
        node.Namespace == Namespaces.Atom10 && declared.Contains('/') && !declared.StartsWith("text/", StringComparison.Ordinal)
        && !declared.EndsWith("+xml", StringComparison.Ordinal) && !declared.EndsWith("/xml", StringComparison.Ordinal) && !node.HasElementChildren;

    private static string InnerXhtml(FeedNode node)
    {
        // RFC 4287 §3.1.1.3: xhtml content is wrapped in one xhtml:div that is not part of the content.
        var elements = node.Elements().ToList();
        if ((node.Attribute("type") ?? "").Trim().Equals("xhtml", StringComparison.OrdinalIgnoreCase) && elements.Count == 1 && elements[0].LocalName.Equals("div", StringComparison.OrdinalIgnoreCase)
            && elements[0].Namespace == Namespaces.Xhtml
            && node.Children.All(c => c is FeedNode || string.IsNullOrWhiteSpace((string)c)))
            return MarkupWriter.InnerMarkup(elements[0]);
        return MarkupWriter.InnerMarkup(node);
    }

    private static string? DecodeBase64(string text)
    {
        try
        {
            // Bytes that are not UTF-8 text mean the content was not base64 after all (gofeed leaves such text as is).
            return FeedEncoding.StrictUtf8.GetString(Convert.FromBase64String(text.Trim()));
        }
        catch (Exception e) when (e is FormatException or System.Text.DecoderFallbackException)
        {
            return text;
        }
    }
}
