using System.Text;
using System.Xml;
using Caravan.Parsing.Xml;

namespace Caravan.Parsing;

/// <summary>
/// The fast path for the common feed: well-formed XML in UTF-8 or a single-byte encoding (windows-1251, KOI8-R).
/// The bytes stream through a strict decoder into the XML reader, so the document is never held as one large
/// string. Anything else (JSON, HTML, bytes invalid in the encoding, not-well-formed XML) returns false and takes
/// the general path in <see cref="FeedParser"/>.
/// </summary>
internal static class StreamedXml
{
    private const int SniffBytes = 4096;

    public static bool TryParse(byte[] body, EncodingChoice choice, Uri? documentBase, FeedParseOptions options, List<string> problems, string? contentLanguage, out ParsedFeed feed)
    {
        feed = null!;
        var problemsBefore = problems.Count;
        var encodingName = choice.IsUtf8 ? "utf-8" : FeedEncoding.Name(choice.Encoding!);
        try
        {
            // A single-byte encoding decodes any prefix exactly; UTF-8 may cut a character at the end, which the lenient decoder tolerates.
            var start = (choice.IsUtf8 ? Encoding.UTF8 : choice.Encoding!).GetString(body, choice.BomLength, Math.Min(SniffBytes, body.Length - choice.BomLength));
            var trimmed = start.AsSpan().TrimStart([' ', '\t', '\r', '\n', '\uFEFF']);
            if (trimmed.IsEmpty || trimmed[0] != '<' || HtmlFeedLinks.LooksLikeHtml(start))
                return false;
            using var stream = new MemoryStream(body, choice.BomLength, body.Length - choice.BomLength, writable: false);
            FeedNode root;
            if (choice.ReaderMayDecode)
                root = StrictTreeReader.ReadUtf8(stream, StrictTreeReader.HasDoctype(start), documentBase, options, problems);
            else
            {
                using var reader = new StreamReader(stream, choice.IsUtf8 ? FeedEncoding.StrictUtf8 : choice.Encoding!, detectEncodingFromByteOrderMarks: false);
                root = StrictTreeReader.Read(reader, StrictTreeReader.HasDoctype(start), documentBase, options, problems);
            }
            feed = FeedParser.MapAndFinish(root, start, options, problems, encodingName, contentLanguage);
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
            feed = FeedParser.Unknown([.. problems, $"refused: {limit.Message}"], encodingName);
            return true;
        }
    }
}
