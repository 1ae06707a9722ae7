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
