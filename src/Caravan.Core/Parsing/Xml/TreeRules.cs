namespace Caravan.Parsing.Xml;

/// <summary>What both tree readers do the same way: inherited xml:base and xml:lang, merged text.</summary>
internal static class TreeRules
{
    public static void Inherit(FeedNode node, FeedNode? parent, Uri? documentBase)
    {
        var parentBase = parent is null ? documentBase : parent.BaseUri;
        var xmlBase = node.Attribute("base", Namespaces.Xml);
        // XML Base §4.2: a relative xml:base resolves against the parent's base.
        node.BaseUri = xmlBase is null ? parentBase : UrlResolver.ResolveUri(xmlBase.Trim(), parentBase) ?? parentBase;
        // xml:lang="" clears the language (XML 1.0 §2.12); the empty string is kept so children inherit "none stated".
        node.Lang = node.Attribute("lang", Namespaces.Xml)?.Trim() ?? parent?.Lang;
    }

    public static void AppendText(FeedNode node, string text)
    {
        if (text.Length == 0)
            return;
        var children = node.Children;
        if (children.Count > 0 && children[^1] is string previous)
            children[^1] = previous + text;
        else
            children.Add(text);
    }
}

/// <summary>A document that exceeds one of <see cref="FeedParseOptions"/>' limits.</summary>
internal sealed class FeedLimitException(string reason) : Exception(reason);
