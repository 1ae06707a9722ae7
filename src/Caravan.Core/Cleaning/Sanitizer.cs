using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Caravan.Cleaning;

/// <summary>Allow-list HTML sanitizer: what it returns is safe to insert into a page.</summary>
/// <remarks>No scripts, event handlers, styles, forms or foreign (SVG/MathML) content; links and images only with
/// http(s) (and mailto / raster data: images); iframes only from <see cref="VideoHosts"/>. The output is re-serialized
/// from the parsed tree, so malformed markup cannot survive as markup (no mutation-XSS through the serializer).</remarks>
public static class Sanitizer
{
    /// <summary>One parser per thread: building one costs more than parsing a feed item's body.</summary>
    [ThreadStatic]
    static HtmlParser? Parser;

    /// <summary>Sanitizes an HTML fragment; relative URLs are made absolute against baseUrl.</summary>
    public static string Clean(string html, Uri? baseUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        var root = ParseFragment(html);
        return Clean(root, baseUrl);
    }

    /// <summary>Sanitizes the children of an already parsed node (the extractor's article element).</summary>
    internal static string Clean(INode root, Uri? baseUrl)
    {
        var writer = new SanitizingWriter(baseUrl);
        writer.WriteChildren(root, 0);
        return writer.ToString();
    }

    /// <summary>Plain text of an HTML fragment: paragraphs separated by blank lines, whitespace collapsed.</summary>
    public static string ToPlainText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return PlainText.From(ParseFragment(html));
    }

    /// <summary>Parses a fragment as the body of an otherwise empty document (scripting off, so noscript holds markup).</summary>
    internal static INode ParseFragment(string html)
    {
        var parser = Parser ??= new HtmlParser(new HtmlParserOptions { IsScripting = false, DisableElementPositionTracking = true });
        var document = parser.ParseDocument(html);
        return (INode?)document.Body ?? document.DocumentElement;
    }
}
