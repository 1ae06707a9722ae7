using System.Text;

namespace Caravan.Parsing;

/// <summary>
/// Guesses the single-byte encoding of undeclared, non-UTF-8 text. Cyrillic words are runs of high bytes,
/// accented Latin letters stand alone; among Cyrillic code pages, lower-case letters (most of any text) sit at
/// 0xE0–0xFF in windows-1251 and at 0xC0–0xDF in KOI8-R.
/// </summary>
internal static class LegacyEncodingGuess
{
    static LegacyEncodingGuess() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Guess(ReadOnlySpan<byte> bytes)
    {
        int highBytes = 0, runs = 0, upperHalf = 0, lowerHalf = 0;
        var inRun = false;
        foreach (var b in bytes)
        {
            if (b >= 0x80)
            {
                highBytes++;
                if (!inRun) runs++;
                inRun = true;
                if (b >= 0xE0) upperHalf++;
                else if (b >= 0xC0) lowerHalf++;
            }
            else
                inRun = false;
        }
        if (highBytes == 0 || (double)highBytes / runs < 2.5)
            return Encoding.GetEncoding(1252);
        return upperHalf >= lowerHalf ? Encoding.GetEncoding(1251) : Encoding.GetEncoding("koi8-r");
    }
}
