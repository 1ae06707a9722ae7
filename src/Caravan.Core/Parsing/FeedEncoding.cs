using System.Text;
using System.Text.RegularExpressions;

namespace Caravan.Parsing;

/// <summary>The encoding chosen for a body (null when no usable label), the label that named it, and the byte order mark's length.</summary>
/// <param name="Declared">The XML declaration's encoding label, if any.</param>
internal sealed record EncodingChoice(Encoding? Encoding, string? Label, int BomLength, string? Declared = null)
{
    /// <summary>Whether the body is UTF-8 (the common case).</summary>
    public bool IsUtf8 => Encoding?.CodePage == 65001 || (Encoding is null && Label is null);

    /// <summary>
    /// Whether the body can be streamed into the XML reader without decoding it whole first: UTF-8, or a single-byte
    /// encoding other than the Latin-1/ASCII labels that are read as windows-1252 (WHATWG), which has its own table.
    /// </summary>
    public bool CanStream => IsUtf8 || Encoding is { IsSingleByte: true, CodePage: not (28591 or 20127) };

    /// <summary>Whether the XML reader may decode the bytes itself: UTF-8 with no declaration naming another encoding it would switch to.</summary>
    public bool ReaderMayDecode => IsUtf8 && (Declared is null || Declared.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
}

/// <summary>The text of a feed body and the encoding it was read with.</summary>
internal sealed record DecodedBody(string Text, string EncodingName);

/// <summary>
/// Chooses a feed body's character encoding by RFC 7303 §3.2 precedence: byte order mark, then the HTTP
/// charset parameter, then the XML declaration, then UTF-8. A body that does not decode in the chosen
/// encoding is re-read with a guessed legacy encoding (windows-1251, KOI8-R, windows-1252), and the override
/// is a problem.
/// </summary>
internal static partial class FeedEncoding
{
    static FeedEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [GeneratedRegex("""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")]
    private static partial Regex XmlDeclarationEncoding();

    [GeneratedRegex("""charset\s*[=:]\s*["']?\s*([A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();

    /// <summary>UTF-8 that throws on invalid bytes, for the streaming fast path.</summary>
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    public static DecodedBody Decode(byte[] body, string? contentType, List<string> problems) =>
        Decode(body, Choose(body, contentType, problems), problems);

    public static DecodedBody Decode(byte[] body, EncodingChoice choice, List<string> problems)
    {
        var decoded = DecodeBytes(body, choice, problems);
        // C1 control characters (U+0080–U+009F) never mean themselves in a feed: they are windows-1252 punctuation
        // that went through a Latin-1 decoder ("demoronize", as feedparser calls it).
        return decoded.Text.AsSpan().IndexOfAnyInRange('\u0080', '\u009F') < 0 ? decoded : decoded with { Text = Windows1252.FixC1Controls(decoded.Text) };
    }

    /// <summary>Picks the encoding by RFC 7303 §3.2 precedence without decoding the body.</summary>
    public static EncodingChoice Choose(byte[] body, string? contentType, List<string> problems)
    {
        var mediaType = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(mediaType) && !mediaType.Contains("xml", StringComparison.Ordinal) && !mediaType.Contains("json", StringComparison.Ordinal)
            && !mediaType.Contains("rss", StringComparison.Ordinal) && !mediaType.Contains("atom", StringComparison.Ordinal) && mediaType != "text/html")
            problems.Add($"served as '{mediaType}', not a feed media type");
        var (bomEncoding, bomLength) = ByteOrderMark.Detect(body);
        var sniffed = bomEncoding ?? ByteOrderMark.SniffWithoutBom(body);
        var declared = ReadDeclaredEncoding(body, sniffed);
        var httpCharset = contentType is null ? null : CharsetParameter().Match(contentType) is { Success: true } m ? m.Groups[1].Value : null;

        string? label = bomEncoding?.WebName ?? httpCharset ?? declared ?? sniffed?.WebName;
        if (sniffed is not null && bomEncoding is null && label is not null && !label.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase)
            && !label.StartsWith("utf-32", StringComparison.OrdinalIgnoreCase))
            label = sniffed.WebName; // a UTF-16/32 layout cannot be read as a single-byte encoding
        var encoding = label is null ? null : Lookup(label);
        if (label is not null && encoding is null)
            problems.Add($"unknown character encoding '{label}'");
        return new EncodingChoice(encoding, label, bomLength, declared);
    }

    private static DecodedBody DecodeBytes(byte[] body, EncodingChoice choice, List<string> problems)
    {
        var (encoding, label, bomLength, _) = choice;
        var content = body.AsSpan(bomLength);
        // WHATWG Encoding Standard: the labels iso-8859-1 and us-ascii mean windows-1252, whose 0x80–0x9F are the
        // curly quotes and dashes such feeds actually hold.
        if (encoding?.CodePage is 28591 or 20127)
            return new DecodedBody(Windows1252.Decode(content), Name(encoding));
        if (encoding is not null && TryDecode(encoding, content, out var text))
            return new DecodedBody(text, Name(encoding));
        if (encoding is not null)
            problems.Add($"document is not valid {label}");
        if (encoding?.CodePage != 65001 && TryDecode(Strict(Encoding.UTF8), content, out text))
        {
            if (encoding is not null || label is not null)
                problems.Add("read as utf-8 instead");
            return new DecodedBody(text, "utf-8");
        }
        var guess = LegacyEncodingGuess.Guess(content);
        problems.Add($"undeclared or wrong encoding: read as {guess.WebName}");
        return new DecodedBody(guess.GetString(content), guess.WebName);
    }

    private static string? ReadDeclaredEncoding(byte[] body, Encoding? sniffed)
    {
        var head = body.AsSpan(0, Math.Min(body.Length, 512));
        var headText = sniffed is not null ? sniffed.GetString(head) : Encoding.Latin1.GetString(head);
        var match = XmlDeclarationEncoding().Match(headText.TrimStart('\uFEFF'));
        return match.Success ? match.Groups[1].Value : null;
    }

    // Encoding lookups with exception fallbacks allocate; feeds use a handful of labels, so remember them.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Encoding?> ByLabel = new(StringComparer.OrdinalIgnoreCase);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, Encoding> StrictByCodePage = new();

    private static Encoding? Lookup(string label) => ByLabel.GetOrAdd(label, LookupUncached);

    private static Encoding? LookupUncached(string label)
    {
        try
        {
            var encoding = label.ToLowerInvariant() switch
            {
                "utf-16" or "utf16" => Encoding.Unicode,
                "utf-32" or "utf32" => Encoding.UTF32,
                "x-mac-cyrillic" or "mac-cyrillic" => Encoding.GetEncoding(10007),
                "gb2312" or "gbk" => Encoding.GetEncoding("gb18030"),
                "cp1251" => Encoding.GetEncoding(1251),
                "cp1252" => Encoding.GetEncoding(1252),
                _ => Encoding.GetEncoding(label),
            };
            return Strict(encoding);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding Strict(Encoding encoding) => encoding.CodePage switch
    {
        // UTF-8/16/32 keep their byte order and no-BOM settings; only the decoder must throw on invalid bytes.
        65001 => StrictByCodePage.GetOrAdd(65001, _ => new UTF8Encoding(false, throwOnInvalidBytes: true)),
        1200 => StrictByCodePage.GetOrAdd(1200, _ => new UnicodeEncoding(false, false, throwOnInvalidBytes: true)),
        1201 => StrictByCodePage.GetOrAdd(1201, _ => new UnicodeEncoding(true, false, throwOnInvalidBytes: true)),
        12000 => StrictByCodePage.GetOrAdd(12000, _ => new UTF32Encoding(false, false, throwOnInvalidCharacters: true)),
        12001 => StrictByCodePage.GetOrAdd(12001, _ => new UTF32Encoding(true, false, throwOnInvalidCharacters: true)),
        var codePage => StrictByCodePage.GetOrAdd(codePage, cp => Encoding.GetEncoding(cp, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)),
    };

    private static bool TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    /// <summary>The encoding's canonical lower-case name, with the byte order spelled out (utf-16le, utf-32be).</summary>
    internal static string Name(Encoding encoding) => encoding.CodePage switch
    {
        1200 => "utf-16le",
        1201 => "utf-16be",
        12000 => "utf-32le",
        12001 => "utf-32be",
        _ => encoding.WebName.ToLowerInvariant(),
    };
}
