using System.Net;
using System.Text;

namespace Caravan.Parsing.Xml;

/// <summary>Serializes element content back to HTML markup (inline XHTML, unescaped HTML in RSS descriptions).</summary>
internal static class MarkupWriter
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
        { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr" };
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
        { "href", "src", "cite", "action", "background", "longdesc", "poster", "usemap", "codebase", "data", "profile" };

    public static string InnerMarkup(FeedNode node)
    {
        var builder = new StringBuilder();
        WriteChildren(builder, node);
        return builder.ToString();
    }

    private static void WriteChildren(StringBuilder builder, FeedNode node)
    {
        foreach (var child in node.Children)
        {
            if (child is string text)
                builder.Append(WebUtility.HtmlEncode(text).Replace("&#39;", "'", StringComparison.Ordinal).Replace("&quot;", "\"", StringComparison.Ordinal));
            else
                WriteElement(builder, (FeedNode)child);
        }
    }

    private static void WriteElement(StringBuilder builder, FeedNode element)
    {
        var name = element.Namespace == Namespaces.Xhtml || element.Namespace.Length == 0 ? element.LocalName : element.QualifiedName;
        builder.Append('<').Append(name);
        foreach (var attribute in element.Attributes)
        {
            var value = attribute.Value;
            // Relative links inside content resolve against the xml:base in effect (RFC 4287 §2 / XML Base).
            if (UrlAttributes.Contains(attribute.LocalName) && attribute.Namespace.Length == 0)
                value = UrlResolver.Resolve(value, element.BaseUri) ?? value;
            var attributeName = attribute.Namespace == Namespaces.Xml ? "xml:" + attribute.LocalName : attribute.Prefix.Length == 0 ? attribute.LocalName : attribute.Prefix + ":" + attribute.LocalName;
            builder.Append(' ').Append(attributeName).Append("=\"").Append(WebUtility.HtmlEncode(value)).Append('"');
        }
        if (element.Children.Count == 0 && VoidElements.Contains(element.LocalName))
        {
            builder.Append(" />");
            return;
        }
        builder.Append('>');
        WriteChildren(builder, element);
        builder.Append("</").Append(name).Append('>');
    }
}
