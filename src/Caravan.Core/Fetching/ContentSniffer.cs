using System.Text;

namespace Caravan.Fetching;

/// <summary>What a fetched document looks like from its first bytes.</summary>
internal enum SniffedKind { Feed, Html, Binary, Unknown }

/// <summary>
/// Tells feeds from HTML by content, because servers label feeds text/html or text/plain and pages
/// application/xml often enough that the Content-Type header alone misleads (cf. WHATWG MIME Sniffing §7.1).
/// </summary>
internal static class ContentSniffer
{
    private const int PrefixBytes = 2048;

    public static SniffedKind Sniff(ReadOnlySpan<byte> body, string? mediaType)
    {
        var text = Prefix(body).TrimStart();
        while (true)
        {
            if (text.StartsWith("<?", StringComparison.Ordinal) || text.StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = text.StartsWith("<?", StringComparison.Ordinal) ? text.IndexOf("?>", StringComparison.Ordinal) : text.IndexOf("-->", StringComparison.Ordinal);
                if (end < 0) break;
                text = text[(end + (text[end] == '?' ? 2 : 3))..].TrimStart();
                continue;
            }
            if (text.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
            {
                if (text.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)) return SniffedKind.Html;
                var end = text.IndexOf('>');
                if (end < 0) break;
                text = text[(end + 1)..].TrimStart();
                continue;
            }
            break;
        }
        if (text.StartsWith('<'))
        {
            var name = ElementName(text);
            var local = name.Contains(':') ? name[(name.IndexOf(':') + 1)..] : name;
            if (local is "rss" or "feed" or "RDF" or "channel") return SniffedKind.Feed;
            if (local.Equals("html", StringComparison.OrdinalIgnoreCase) || local.Equals("head", StringComparison.OrdinalIgnoreCase)
                || local.Equals("body", StringComparison.OrdinalIgnoreCase)) return SniffedKind.Html;
            return SniffedKind.Unknown;
        }
        if (text.StartsWith('{'))
            return text.Contains("jsonfeed.org/version", StringComparison.OrdinalIgnoreCase) ? SniffedKind.Feed : SniffedKind.Unknown;
        if (IsBinaryMediaType(mediaType) || body[..Math.Min(body.Length, PrefixBytes)].Contains((byte)0)) return SniffedKind.Binary;
        return mediaType is "text/html" or "application/xhtml+xml" ? SniffedKind.Html : SniffedKind.Unknown;
    }

    private static string Prefix(ReadOnlySpan<byte> body)
    {
        var head = body[..Math.Min(body.Length, PrefixBytes)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(head[2..]);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(head[2..]);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        // Latin-1 maps every byte to one char, enough to read ASCII markup in any ASCII-compatible charset.
        return Encoding.Latin1.GetString(head);
    }

    private static string ElementName(string text)
    {
        var end = 1;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is ':' or '-' or '_' or '.')) end++;
        return text[1..end];
    }

    private static bool IsBinaryMediaType(string? mediaType) =>
        mediaType is not null && (mediaType.StartsWith("image/", StringComparison.OrdinalIgnoreCase)
            || mediaType.StartsWith("audio/", StringComparison.OrdinalIgnoreCase)
            || mediaType.StartsWith("video/", StringComparison.OrdinalIgnoreCase)
            || mediaType is "application/pdf" or "application/zip" or "application/gzip" or "application/octet-stream");
}
