using System.Xml;

namespace Caravan.Parsing.Xml;

/// <summary>Builds a <see cref="FeedNode"/> tree with the platform's conforming XML reader; throws XmlException on a not-well-formed document.</summary>
internal static class StrictTreeReader
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<FeedParseOptions, XmlReaderSettings> SettingsByOptions = [];
    private static readonly XmlReaderSettings WithoutDtd = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    public static FeedNode Read(string document, Uri? documentBase, FeedParseOptions options, List<string> problems)
    {
        using var stringReader = new StringReader(document);
        return Read(stringReader, HasDoctype(document), documentBase, options, problems);
    }

    /// <summary>Reads from a decoding stream; <paramref name="hasDoctype"/> says whether the prolog holds a DOCTYPE.</summary>
    public static FeedNode Read(TextReader source, bool hasDoctype, Uri? documentBase, FeedParseOptions options, List<string> problems)
    {
        using var reader = XmlReader.Create(source, Settings(hasDoctype, options));
        return Build(reader, documentBase, options, problems);
    }

    /// <summary>
    /// Reads UTF-8 bytes (after any byte order mark) that declare no other encoding: the XML reader decodes them
    /// itself, one copy fewer than a decoding TextReader. Invalid UTF-8 throws XmlException.
    /// </summary>
    public static FeedNode ReadUtf8(Stream source, bool hasDoctype, Uri? documentBase, FeedParseOptions options, List<string> problems)
    {
        using var reader = XmlReader.Create(source, Settings(hasDoctype, options));
        return Build(reader, documentBase, options, problems);
    }

    // Preparing for DTD processing costs more than reading a small feed: pay for it only when a DOCTYPE is there.
    private static XmlReaderSettings Settings(bool hasDoctype, FeedParseOptions options) =>
        hasDoctype ? SettingsByOptions.GetValue(options, CreateSettings) : WithoutDtd;

    private static FeedNode Build(XmlReader reader, Uri? documentBase, FeedParseOptions options, List<string> problems)
    {
        var stack = new Stack<FeedNode>(16); // feeds nest a few levels deep: no regrowth
        FeedNode? root = null;
        // Adjacent text nodes (text, CDATA, whitespace) are gathered here and stored once, not concatenated pairwise.
        // The usual element has one text node: keep it as is, and copy into the builder only when a second one comes.
        string? lastNamespace = null;
        var lastNormalized = "";
        var text = new System.Text.StringBuilder();
        string? single = null;
        void Add(string value)
        {
            if (single is null && text.Length == 0)
                single = value;
            else
            {
                if (single is not null)
                {
                    text.Append(single);
                    single = null;
                }
                text.Append(value);
            }
        }
        void Flush()
        {
            if ((single is not null || text.Length > 0) && stack.Count > 0)
            {
                var value = single ?? text.ToString();
                // C1 controls are windows-1252 punctuation read as Latin-1 (see FeedEncoding); the streamed path meets them here.
                TreeRules.AppendText(stack.Peek(), WithoutC1Controls(value));
            }
            text.Clear();
            single = null;
        }
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    Flush();
                    var parent = stack.Count > 0 ? stack.Peek() : null;
                    // Names come atomized from the reader's name table: the last namespace seen is usually the next one.
                    if (!ReferenceEquals(reader.NamespaceURI, lastNamespace))
                    {
                        lastNamespace = reader.NamespaceURI;
                        lastNormalized = Namespaces.Normalize(lastNamespace);
                    }
                    var node = new FeedNode(reader.Prefix, reader.LocalName, lastNormalized);
                    if (reader.HasAttributes)
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
                    Flush();
                    stack.Pop();
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (stack.Count > 0)
                        Add(reader.Value);
                    break;
                case XmlNodeType.CDATA:
                    if (stack.Count > 0)
                    {
                        Add(reader.Value);
                        stack.Peek().HasCData = true;
                    }
                    break;
            }
        }
        return root ?? throw new XmlException("document has no root element");
    }

    /// <summary>A DOCTYPE can only sit in the prolog, before the root element: looking at the start is enough.</summary>
    public static bool HasDoctype(string document)
    {
        var prolog = document.AsSpan(0, Math.Min(document.Length, 64 * 1024));
        return prolog.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    private static XmlReaderSettings CreateSettings(FeedParseOptions options) => new()
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

    private static void ReadAttributes(XmlReader reader, FeedNode node)
    {
        if (!reader.MoveToFirstAttribute())
            return;
        do
        {
            var ns = reader.NamespaceURI;
            if (ns == Namespaces.Xmlns)
                continue;
            node.AddAttribute(new FeedAttribute(reader.Prefix, reader.LocalName, Namespaces.Normalize(ns), WithoutC1Controls(reader.Value)));
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
    }

    /// <summary>C1 controls are windows-1252 punctuation read as Latin-1: fixed here for documents streamed without a whole-text decode (see FeedEncoding).</summary>
    private static string WithoutC1Controls(string value) =>
        value.AsSpan().IndexOfAnyInRange('\u0080', '\u009F') < 0 ? value : Windows1252.FixC1Controls(value);
}
