namespace Caravan.Dedup;

/// <summary>Receives one folded word of a text; spans are only valid during the call.</summary>
public delegate void WordVisitor(ReadOnlySpan<char> folded, WordShape shape);

/// <summary>What the word looked like before folding: used to find names (capitalised runs).</summary>
[Flags]
public enum WordShape { None = 0, Capitalised = 1, SentenceStart = 2, Number = 4 }

/// <summary>
/// Splits text into words (runs of letters and digits; apostrophes and soft hyphens inside a word are
/// skipped, not split on) and folds each with <see cref="Transliterator"/>, without allocating.
/// </summary>
public static class WordScanner
{
    public const int MaxWordLength = 48;

    public static void Scan(string? text, WordVisitor visit)
    {
        if (string.IsNullOrEmpty(text)) return;
        Span<char> word = stackalloc char[MaxWordLength];
        Span<char> folded = stackalloc char[MaxWordLength];
        var len = 0;
        var shape = WordShape.SentenceStart;
        var sentenceStart = true;
        var digitsOnly = true;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var isDigit = c is >= '0' and <= '9';
            if (isDigit || (c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetterOrDigit(c)))
            {
                if (len == 0)
                {
                    shape = ((c < 128 ? c is >= 'A' and <= 'Z' : char.IsUpper(c)) ? WordShape.Capitalised : 0) | (sentenceStart ? WordShape.SentenceStart : 0);
                    digitsOnly = true;
                }
                if (!isDigit) digitsOnly = false;
                if (len < MaxWordLength) word[len++] = c;
                continue;
            }
            // Apostrophes (' ’ ʼ) and soft hyphens inside a word: "Kazakhstan's" stays one word, as does "Қазақстан".
            if (len > 0 && c is '\'' or '\u2019' or '\u02BC' or '\u00AD' && i + 1 < text.Length && char.IsLetter(text[i + 1])) continue;
            if (len > 0)
            {
                var n = Transliterator.Fold(word[..len], folded);
                if (n > 0) visit(folded[..n], shape | (digitsOnly ? WordShape.Number : 0));
                len = 0;
                sentenceStart = false;
            }
            if (c is '.' or '!' or '?' or '\n' or '—' or ':' or '"' or '«' or '“') sentenceStart = true;
        }
    }
}
