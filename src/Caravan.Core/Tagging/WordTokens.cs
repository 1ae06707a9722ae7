namespace Caravan.Tagging;

/// <summary>A word of a text: where it stands and how it is written.</summary>
public readonly record struct WordToken(int Start, int Length, bool Capitalized, bool AllCaps, bool Cyrillic);

/// <summary>
/// Splits text into words the way the gazetteer does: letters and digits, with apostrophes inside a
/// word (Oʻzbekiston) and dots between letters (Kun.uz, U.S.) kept; hyphens split (Nur-Sultan is two
/// words); an English possessive 's is left out.
/// </summary>
public static class WordTokens
{
    public static List<WordToken> Split(string text)
    {
        var tokens = new List<WordToken>(text.Length / 6);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsJoiner(text, i))) i++;
            var end = i;
            if (end - start > 2 && text[end - 1] is 's' && IsApostrophe(text[end - 2])) end -= 2;
            var word = text.AsSpan(start, end - start);
            tokens.Add(new WordToken(start, end - start, char.IsUpper(word[0]), IsAllCaps(word), MatchKeys.IsCyrillic(word)));
        }
        return tokens;
    }

    static bool IsJoiner(string text, int i) =>
        (IsApostrophe(text[i]) || text[i] == '.') && i > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]) && char.IsLetterOrDigit(text[i - 1])
        && (text[i] != '.' || char.IsLower(text[i + 1]) || (i + 2 < text.Length && text[i + 2] == '.') || i > 1 && text[i - 2] == '.');

    static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʻ' or 'ʼ' or '‘' or '`';

    static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }
        return letters >= 2;
    }
}
