using System.Xml;

namespace Caravan.Parsing.Xml;

/// <summary>Builds a <see cref="FeedNode"/> tree with the platform's conforming XML reader; throws XmlException on a not-well-formed document.</summary>
internal static class StrictTreeReader
{
    public static FeedNode Read(string text, Uri? documentBase, FeedParseOptions options, List<string> problems)
    {
        var settings = new XmlReaderSettings
        {
            // Internal DTD subsets are read so declared entities work, but nothing is ever fetched
            // (XmlResolver = null) and entity expansion is capped: billion-laughs safe.
            DtdProcessing = DtdProcessing.Parse,
            XmlResolver = null,
            MaxCharactersFromEntities = options.MaxEntityExpansionChars,
            MaxCharactersInDocument = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CheckCharacters = true,
        };
        using var stringReader = new StringReader(text);
        using var reader = XmlReader.Create(stringReader, settings);
        var stack = new Stack<FeedNode>();
        FeedNode? root = null;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var parent = stack.Count > 0 ? stack.Peek() : null;
                    var node = new FeedNode(reader.Prefix, reader.LocalName, Namespaces.Normalize(reader.NamespaceURI));
                    ReadAttributes(reader, node);
                    TreeRules.Inherit(node, parent, documentBase);
                    if (parent is null)
                        root ??= node;
                    else
                        parent.Children.Add(node);
                    if (stack.Count >= options.MaxDepth)
                        throw new FeedLimitException($"nesting deeper than {options.MaxDepth} elements");
                    if (!reader.IsEmptyElement)
                        stack.Push(node);
                    break;
                case XmlNodeType.DocumentType:
                    // External entities are declared but never loaded (XmlResolver = null): say so.
                    if (System.Text.RegularExpressions.Regex.IsMatch(reader.Value, @"<!ENTITY\s+[^%\s]+\s+(?:SYSTEM|PUBLIC)"))
                        problems.Add("external entity declarations ignored (never fetched)");
                    break;
                case XmlNodeType.EndElement:
                    stack.Pop();
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (stack.Count > 0)
                        TreeRules.AppendText(stack.Peek(), reader.Value);
                    break;
                case XmlNodeType.CDATA:
                    if (stack.Count > 0)
                    {
                        TreeRules.AppendText(stack.Peek(), reader.Value);
                        stack.Peek().HasCData = true;
                    }
                    break;
            }
        }
        return root ?? throw new XmlException("document has no root element");
    }

    private static void ReadAttributes(XmlReader reader, FeedNode node)
    {
        if (!reader.MoveToFirstAttribute())
            return;
        do
        {
            var ns = reader.NamespaceURI;
            if (ns == Namespaces.Xmlns)
                continue;
            node.Attributes.Add(new FeedAttribute(reader.Prefix, reader.LocalName, Namespaces.Normalize(ns), reader.Value));
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
    }
}
