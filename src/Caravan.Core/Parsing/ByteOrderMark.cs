using System.Text;

namespace Caravan.Parsing;

/// <summary>Encoding from a byte order mark, or from the layout of "&lt;?" without one (XML 1.0 Appendix F.1).</summary>
internal static class ByteOrderMark
{
    private static readonly Encoding Utf32BigEndian = new UTF32Encoding(bigEndian: true, byteOrderMark: false);

    public static (Encoding? Encoding, int Length) Detect(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((byte[])[0x00, 0x00, 0xFE, 0xFF])) return (Utf32BigEndian, 4);
        if (b.StartsWith((byte[])[0xFF, 0xFE, 0x00, 0x00])) return (Encoding.UTF32, 4);
        if (b.StartsWith((byte[])[0xEF, 0xBB, 0xBF])) return (Encoding.UTF8, 3);
        if (b.StartsWith((byte[])[0xFE, 0xFF])) return (Encoding.BigEndianUnicode, 2);
        if (b.StartsWith((byte[])[0xFF, 0xFE])) return (Encoding.Unicode, 2);
        return (null, 0);
    }

    public static Encoding? SniffWithoutBom(ReadOnlySpan<byte> b)
    {
        if (b.Length < 4) return null;
        if (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) return Utf32BigEndian;
        if (b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) return Encoding.UTF32;
        if (b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0) return Encoding.BigEndianUnicode;
        if (b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) return Encoding.Unicode;
        return null;
    }
}
