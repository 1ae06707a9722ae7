using System.Text;

namespace Caravan.Parsing;

/// <summary>windows-1252 as browsers decode it: the five bytes it leaves undefined map to the same code points as in ISO-8859-1.</summary>
internal static class Windows1252
{
    private static readonly string Table = BuildTable();

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        return string.Create(bytes.Length, bytes.ToArray(), static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                chars[i] = Table[source[i]];
        });
    }

    public static string FixC1Controls(string text) =>
        string.Create(text.Length, text, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                chars[i] = source[i] is >= '\u0080' and <= '\u009F' ? Table[source[i]] : source[i];
        });

    /// <summary>
    /// Undoes double encoding: UTF-8 bytes that were read as windows-1252 (or ISO-8859-1) and encoded again, so "…"
    /// arrives as "â€¦". Text is repaired only when all of it maps back to single bytes that form valid UTF-8 with
    /// at least one multi-byte sequence; real Latin-1 text ("café") is not valid UTF-8 and stays as it is.
    /// </summary>
    public static string RepairDoubleEncoding(string text)
    {
        // A UTF-8 lead byte read as windows-1252 is one of Â..ô; without one there is nothing to repair.
        if (text.AsSpan().IndexOfAnyInRange('\u00C2', '\u00F4') < 0)
            return text;
        var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(text.Length);
        try
        {
            var bytes = rented.AsSpan(0, text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c < '\u0100')
                    bytes[i] = (byte)c;
                else if (Table.IndexOf(c, 0x80, 0x20) is var at and >= 0)
                    bytes[i] = (byte)at;
                else
                    return text;
            }
            // Real Latin-1 text is the common case here: test validity rather than catch the strict decoder's exception.
            if (!System.Text.Unicode.Utf8.IsValid(bytes))
                return text;
            var repaired = FeedEncoding.StrictUtf8.GetString(bytes);
            return repaired.Length < text.Length ? repaired : text;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static string BuildTable()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var cp1252 = Encoding.GetEncoding(1252, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
        var table = new char[256];
        for (var b = 0; b < 256; b++)
        {
            var decoded = cp1252.GetString([(byte)b]);
            table[b] = decoded.Length == 1 && decoded[0] != '\uFFFD' ? decoded[0] : (char)b;
        }
        return new string(table);
    }
}
