using System.Text;
using AngleSharp.Dom;

namespace Caravan.Cleaning;

/// <summary>Writes a parsed tree back out as HTML, keeping only what <see cref="SanitizerPolicy"/> allows.</summary>
internal sealed class SanitizingWriter(Uri? baseUrl)
{
    readonly StringBuilder _out = new();

    public override string ToString() => _out.ToString();

    public void WriteChildren(INode parent, int depth)
    {
        // By index: AngleSharp finds a node's next sibling by searching its parent's child list (quadratic on wide nodes).
        var children = parent.ChildNodes;
        for (var i = 0; i < children.Length; i++)
            WriteNode(children[i], depth);
    }

    void WriteNode(INode node, int depth)
    {
        switch (node)
        {
            case IText text:
                AppendEscapedText(text.Data);
                break;
            case IElement element:
                WriteElement(element, depth);
                break;
            // Comments, processing instructions and doctypes are dropped: conditional comments are a known vector.
        }
    }

    void WriteElement(IElement element, int depth)
    {
        var name = element.LocalName;
        if (element.NamespaceUri is { } ns && ns != NamespaceNames.HtmlUri)
            return; // SVG and MathML change parsing rules; nothing from them is rendered
        if (name == "iframe")
        {
            WriteIframe(element);
            return;
        }
        if (SanitizerPolicy.DroppedWithContent.Contains(name))
            return;
        if (depth >= SanitizerPolicy.MaxDepth)
        {
            AppendEscapedText(element.TextContent);
            return;
        }
        if (!SanitizerPolicy.AllowedElements.Contains(name))
        {
            WriteChildren(element, depth + 1); // unknown wrapper (font, center, custom element): keep its content only
            return;
        }
        if (name == "img")
        {
            WriteImage(element);
            return;
        }
        _out.Append('<').Append(name);
        WritePlainAttributes(element, name);
        if (name == "a")
        {
            var href = UrlPolicy.Link(element.GetAttribute("href"), baseUrl);
            if (href is not null)
                AppendAttribute("href", href).AppendAttribute("rel", "nofollow noopener noreferrer");
        }
        else if (SanitizerPolicy.CiteAttributes.TryGetValue(name, out var citeName))
        {
            var cite = UrlPolicy.Web(element.GetAttribute(citeName), baseUrl);
            if (cite is not null)
                AppendAttribute(citeName, cite);
        }
        _out.Append('>');
        if (SanitizerPolicy.Void.Contains(name))
            return;
        WriteChildren(element, depth + 1);
        _out.Append("</").Append(name).Append('>');
    }

    void WriteImage(IElement img)
    {
        var src = UrlPolicy.Image(LazyImages.RealSource(img), baseUrl);
        if (src is null || IsTrackingPixel(img))
            return;
        _out.Append("<img");
        AppendAttribute("src", src);
        WritePlainAttributes(img, "img");
        _out.Append('>');
    }

    void WriteIframe(IElement iframe)
    {
        var src = VideoHosts.Embed(iframe.GetAttribute("src") ?? iframe.GetAttribute("data-src"), baseUrl);
        if (src is null)
            return;
        _out.Append("<iframe");
        AppendAttribute("src", src);
        WritePlainAttributes(iframe, "iframe");
        foreach (var size in (string[])["width", "height"])
        {
            if (iframe.GetAttribute(size) is { } value && IsNumber(value))
                AppendAttribute(size, value);
        }
        // The player runs in its own origin; the sandbox still forbids top navigation and forms.
        AppendAttribute("sandbox", "allow-scripts allow-same-origin allow-presentation allow-popups");
        AppendAttribute("allowfullscreen", "");
        AppendAttribute("loading", "lazy");
        AppendAttribute("referrerpolicy", "strict-origin-when-cross-origin");
        _out.Append("></iframe>");
    }

    void WritePlainAttributes(IElement element, string name)
    {
        foreach (var attr in element.Attributes)
        {
            var attrName = attr.LocalName;
            if (!IsAllowedPlain(name, attrName))
                continue;
            var value = attr.Value;
            if (SanitizerPolicy.NumericAttributes.Contains(attrName) && !IsNumber(value))
                continue;
            if (attrName == "dir" && value is not ("ltr" or "rtl" or "auto"))
                continue;
            AppendAttribute(attrName, value);
        }
    }

    static bool IsAllowedPlain(string element, string attribute) =>
        Array.IndexOf(SanitizerPolicy.PlainAttributes["*"], attribute) >= 0
        || (SanitizerPolicy.PlainAttributes.TryGetValue(element, out var names) && Array.IndexOf(names, attribute) >= 0);

    static bool IsNumber(string value)
    {
        var s = value.Trim();
        if (s.EndsWith('%'))
            s = s[..^1];
        return s.Length is > 0 and <= 8 && s.All(char.IsAsciiDigit);
    }

    static bool IsTrackingPixel(IElement img) =>
        img.GetAttribute("width")?.Trim() is "0" or "1" && img.GetAttribute("height")?.Trim() is "0" or "1";

    SanitizingWriter AppendAttribute(string name, string value)
    {
        _out.Append(' ').Append(name).Append("=\"");
        foreach (var c in value)
        {
            _ = c switch
            {
                '&' => _out.Append("&amp;"),
                '"' => _out.Append("&quot;"),
                '<' => _out.Append("&lt;"),
                '>' => _out.Append("&gt;"),
                '`' => _out.Append("&#96;"), // old IE treated backticks as attribute quotes
                _ => _out.Append(c),
            };
        }
        _out.Append('"');
        return this;
    }

    void AppendEscapedText(string text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => _out.Append("&amp;"),
                '<' => _out.Append("&lt;"),
                '>' => _out.Append("&gt;"),
                '\0' => _out,
                _ => _out.Append(c),
            };
        }
    }
}
