using System.Text;
using System.Text.RegularExpressions;

namespace Caravan.Extraction;

/// <summary>Turns page bytes into text, finding the encoding the way browsers do (WHATWG HTML §13.2.3.2):
/// byte order mark, then the HTTP Content-Type charset, then a meta charset in the first bytes, then a guess.</summary>
public static partial class PageDecoder
{
    const int PrescanBytes = 4096;

    static PageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] page, string? contentTypeHeader)
    {
        ArgumentNullException.ThrowIfNull(page);
        var (encoding, skip) = Detect(page, contentTypeHeader);
        return encoding.GetString(page, skip, page.Length - skip);
    }

    /// <summary>The encoding to use and how many BOM bytes to skip.</summary>
    public static (Encoding Encoding, int Skip) Detect(byte[] page, string? contentTypeHeader)
    {
        if (page.Length >= 3 && page[0] == 0xEF && page[1] == 0xBB && page[2] == 0xBF)
            return (new UTF8Encoding(false), 3);
        if (page.Length >= 2 && page[0] == 0xFF && page[1] == 0xFE)
            return (Encoding.Unicode, 2);
        if (page.Length >= 2 && page[0] == 0xFE && page[1] == 0xFF)
            return (Encoding.BigEndianUnicode, 2);
        if (FromLabel(CharsetIn(contentTypeHeader)) is { } fromHeader)
            return (fromHeader, 0);
        var head = Encoding.Latin1.GetString(page, 0, Math.Min(page.Length, PrescanBytes));
        var meta = MetaCharset().Match(head);
        if (meta.Success && FromLabel(meta.Groups["cs"].Value) is { } fromMeta)
            return (fromMeta, 0);
        return (Guess(page), 0);
    }

    static string? CharsetIn(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
            return null;
        var m = HeaderCharset().Match(contentType);
        return m.Success ? m.Groups["cs"].Value : null;
    }

    static Encoding? FromLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
            return null;
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        // WHATWG Encoding: a page cannot declare UTF-16 in a meta tag it could read as ASCII; "latin1"/"iso-8859-1" mean windows-1252.
        name = name switch
        {
            "utf-16" or "utf-16le" or "utf-16be" or "unicode" => "utf-8",
            "iso-8859-1" or "latin1" or "us-ascii" or "ascii" or "iso8859-1" => "windows-1252",
            "x-cp1251" or "cp1251" => "windows-1251",
            _ => name,
        };
        try
        {
            var encoding = Encoding.GetEncoding(name);
            return encoding.CodePage == 65001 ? new UTF8Encoding(false) : encoding;
        }
        catch (ArgumentException)
        {
            return null; // unknown label: fall through to the next source, as browsers do
        }
    }

    /// <summary>Valid UTF-8 is UTF-8; otherwise Cyrillic single-byte text (many bytes in 0xC0–0xFF) is windows-1251, else windows-1252.</summary>
    static Encoding Guess(byte[] page)
    {
        // A vectorised validity check: the same verdict as a throwing decoder's count, without the exception.
        if (System.Text.Unicode.Utf8.IsValid(page))
            return new UTF8Encoding(false);
        var high = 0;
        var letters = 0;
        foreach (var b in page)
        {
            if (b >= 0xC0)
                high++;
            else if (b is >= (byte)'a' and <= (byte)'z')
                letters++;
        }
        return Encoding.GetEncoding(high > letters / 4 ? 1251 : 1252);
    }

    [GeneratedRegex(@"<meta[^>]{0,200}?charset\s*=\s*[""']?\s*(?<cs>[\w.:\-]+)|<\?xml[^>]{0,100}?encoding\s*=\s*[""'](?<cs>[\w.:\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"charset\s*=\s*[""']?(?<cs>[\w.:\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderCharset();
}
