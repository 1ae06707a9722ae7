namespace Caravan.Dedup;

/// <summary>
/// Folds a word to a Latin skeleton so that Cyrillic and Latin spellings of one text compare equal
/// ("Жапаров" and "Japarov", "Токаев" and "Tokayev", "Хоргос" and "Khorgos"): Cyrillic letters
/// (Russian and Kazakh) become Latin, diacritics go, and the digraphs that the common
/// romanisations (BGN/PCGN, GOST 7.79, ISO 9 without diacritics) disagree on collapse to one letter.
/// </summary>
public static class Transliterator
{
    static readonly string[] Cyrillic = BuildCyrillic();
    static readonly char[] LatinBase = BuildLatinBase();

    /// <summary>Writes the folded form of <paramref name="word"/> (letters and digits) into <paramref name="into"/>; returns the length.</summary>
    public static int Fold(ReadOnlySpan<char> word, Span<char> into)
    {
        Span<char> raw = stackalloc char[Math.Min(word.Length * 4 + 4, into.Length * 2)];
        var n = 0;
        foreach (var ch in word)
        {
            if (n >= raw.Length - 4) break;
            if (ch < 128) { raw[n++] = ch is >= 'A' and <= 'Z' ? (char)(ch | 0x20) : ch; continue; }
            var c = char.ToLowerInvariant(ch);
            if (c < 128) raw[n++] = c;
            else if (c is >= '\u0400' and <= '\u04FF') { foreach (var l in Cyrillic[c - '\u0400']) raw[n++] = l; }
            else if (c < LatinBase.Length) { if (LatinBase[c] != '\0') raw[n++] = LatinBase[c]; }
            else raw[n++] = c;
        }
        return Collapse(raw[..n], into);
    }

    /// <summary>The folded form as a string (tests and the story vocabulary).</summary>
    public static string Fold(string word)
    {
        Span<char> buffer = stackalloc char[64];
        return new string(buffer[..Fold(word.AsSpan(), buffer)]);
    }

    // Digraphs first (longest first): "shch" → s; "kh" → h; "gh" → g and "ng" → n (Kazakh ғ, ң); "zh" → j;
    // "ch", "ts", "tz" → c; "sh" → s.
    // Then letters: "y", "w", "q", "x" → i, v, k, k; a word-initial i/j before a vowel goes ("Yesenov"/"Есенов");
    // doubled letters collapse ("Kassym"/"Касым"); "ie" after the first letter is "e" ("Tokayev"/"Токаев").
    static int Collapse(ReadOnlySpan<char> s, Span<char> into)
    {
        Span<char> d = stackalloc char[s.Length];
        var m = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            if (c == 's' && next == 'h' && i + 3 < s.Length && s[i + 2] == 'c' && s[i + 3] == 'h') i += 3;
            else if (c == 'k' && next == 'h') { c = 'h'; i++; }
            else if (c == 'g' && next == 'h') i++;
            else if (c == 'n' && next == 'g') i++;
            else if (c == 'z' && next == 'h') { c = 'j'; i++; }
            else if (c == 'c' && next == 'h') i++;
            else if (c == 't' && next is 's' or 'z') { c = 'c'; i++; }
            else if (c == 's' && next == 'h') i++;
            d[m++] = c switch { 'y' => 'i', 'w' => 'v', 'q' => 'k', 'x' => 'k', _ => c };
        }
        var n = 0;
        for (var i = 0; i < m && n < into.Length; i++)
        {
            var c = d[i];
            if (i == 0 && c is 'i' or 'j' && m > 1 && IsVowel(d[1])) continue;
            if (n > 0 && into[n - 1] == c) continue;
            if (c == 'e' && n > 1 && into[n - 1] == 'i') { into[n - 1] = 'e'; continue; }
            into[n++] = c;
        }
        return n;
    }

    static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    static string[] BuildCyrillic()
    {
        var map = new string[256];
        for (var i = 0; i < map.Length; i++) map[i] = "";
        const string lower = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
        string[] latin = ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"];
        for (var i = 0; i < lower.Length; i++) map[lower[i] - '\u0400'] = latin[i];
        // Kazakh, Kyrgyz, Ukrainian and Belarusian letters.
        (char, string)[] more = [('ә', "a"), ('ғ', "g"), ('қ', "k"), ('ң', "n"), ('ө', "o"), ('ұ', "u"), ('ү', "u"), ('һ', "h"), ('і', "i"), ('ї', "i"), ('є', "e"), ('ґ', "g"), ('ў', "u"), ('ј', "j")];
        foreach (var (c, l) in more) map[c - '\u0400'] = l;
        return map;
    }

    static char[] BuildLatinBase()
    {
        var map = new char[0x0250];
        for (var c = (char)128; c < map.Length; c++)
        {
            var d = c.ToString().Normalize(System.Text.NormalizationForm.FormD);
            map[c] = char.IsLetterOrDigit(d[0]) && d[0] < 128 ? d[0] : char.IsLetterOrDigit(c) ? c : '\0';
        }
        map['ß'] = 's'; map['ı'] = 'i'; map['ø'] = 'o'; map['đ'] = 'd'; map['ł'] = 'l';
        return map;
    }
}
