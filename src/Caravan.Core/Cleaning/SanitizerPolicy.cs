namespace Caravan.Cleaning;

/// <summary>The allow-list: which elements and attributes survive sanitizing. Anything not named here is removed.</summary>
internal static class SanitizerPolicy
{
    /// <summary>Removed together with everything inside them: active content, forms' controls, metadata, foreign namespaces.</summary>
    public static readonly HashSet<string> DroppedWithContent = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "object", "embed", "applet", "frame", "frameset", "iframe",
        "head", "title", "meta", "link", "base", "input", "button", "select", "textarea", "option", "optgroup",
        "datalist", "output", "keygen", "svg", "math", "canvas", "audio", "video", "track", "source", "noembed",
        "noframes", "xmp", "plaintext", "param", "portal", "slot", "map", "area", "marquee", "bgsound", "xml",
        "import", "isindex", "menu", "menuitem",
    };

    /// <summary>Kept, with the attributes allowed below.</summary>
    public static readonly HashSet<string> AllowedElements = new(StringComparer.Ordinal)
    {
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "q", "cite", "pre", "code", "kbd",
        "samp", "var", "em", "strong", "b", "i", "u", "s", "strike", "del", "ins", "sub", "sup", "small", "mark",
        "abbr", "dfn", "time", "span", "div", "section", "article", "header", "footer", "aside", "figure",
        "figcaption", "img", "a", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr",
        "th", "td", "caption", "colgroup", "col", "address", "details", "summary", "wbr", "bdi", "bdo", "ruby", "rt", "rp",
    };

    /// <summary>HTML void elements (WHATWG HTML §13.1.2): written without an end tag.</summary>
    public static readonly HashSet<string> Void = new(StringComparer.Ordinal) { "br", "hr", "img", "wbr", "col" };

    /// <summary>Plain-valued attributes allowed per element ("*" for every element). URL attributes are handled apart.</summary>
    public static readonly Dictionary<string, string[]> PlainAttributes = new(StringComparer.Ordinal)
    {
        ["*"] = ["title", "lang", "dir"],
        ["img"] = ["alt", "width", "height"],
        ["td"] = ["colspan", "rowspan", "headers"],
        ["th"] = ["colspan", "rowspan", "headers", "scope", "abbr"],
        ["col"] = ["span"],
        ["colgroup"] = ["span"],
        ["ol"] = ["start", "reversed", "type"],
        ["li"] = ["value"],
        ["time"] = ["datetime"],
        ["details"] = ["open"],
    };

    /// <summary>Attributes whose value must be a number (a non-numeric width could smuggle nothing, but keep them tidy).</summary>
    public static readonly HashSet<string> NumericAttributes = new(StringComparer.Ordinal)
    {
        "width", "height", "colspan", "rowspan", "span", "start", "value",
    };

    /// <summary>Attributes holding a URL to vet, per element.</summary>
    public static readonly Dictionary<string, string> CiteAttributes = new(StringComparer.Ordinal)
    {
        ["blockquote"] = "cite", ["q"] = "cite", ["del"] = "cite", ["ins"] = "cite",
    };

    /// <summary>Deepest element nesting written as markup; deeper content is kept as text (stops stack exhaustion).</summary>
    public const int MaxDepth = 200;
}
