using System.Text;
using System.Xml;
using Caravan.Parsing.Xml;

namespace Caravan.Parsing;

/// <summary>
/// The fast path for the common feed: well-formed XML in UTF-8. The bytes stream through a strict UTF-8 decoder into
/// the XML reader, so the document is never held as one large string. Anything else (JSON, HTML, invalid UTF-8,
/// not-well-formed XML) returns false and takes the general path in <see cref="FeedParser"/>.
/// </summary>
internal static class StreamedXml
{
    private const int SniffBytes = 4096;

    public static bool TryParse(byte[] body, EncodingChoice choice, Uri? documentBase, FeedParseOptions options, List<string> problems, string? contentLanguage, out ParsedFeed feed)
    {
        feed = null!;
        var start = Encoding.UTF8.GetString(body, choice.BomLength, Math.Min(SniffBytes, body.Length - choice.BomLength));
        var trimmed = start.AsSpan().TrimStart([' ', '\t', '\r', '\n', '\uFEFF']);
        if (trimmed.IsEmpty || trimmed[0] != '<' || HtmlFeedLinks.LooksLikeHtml(start))
            return false;
        var problemsBefore = problems.Count;
        try
        {
            using var stream = new MemoryStream(body, choice.BomLength, body.Length - choice.BomLength, writable: false);
            using var reader = new StreamReader(stream, FeedEncoding.StrictUtf8, detectEncodingFromByteOrderMarks: false);
            var root = StrictTreeReader.Read(reader, StrictTreeReader.HasDoctype(start), documentBase, options, problems);
            feed = FeedParser.MapAndFinish(root, start, options, problems, "utf-8", contentLanguage);
            return true;
        }
        catch (Exception e) when (e is XmlException or DecoderFallbackException)
        {
            // The general path decodes, re-reads and reports; drop anything this attempt recorded.
            problems.RemoveRange(problemsBefore, problems.Count - problemsBefore);
            return false;
        }
        catch (FeedLimitException limit)
        {
            feed = FeedParser.Unknown([.. problems, $"refused: {limit.Message}"], "utf-8");
            return true;
        }
    }
}
