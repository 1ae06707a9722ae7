using System.Text;

namespace Caravan.Tagging;

/// <summary>
/// Folds a word in any of the region's spellings to one key, so that Tokayev, Tokaev, Toqaev,
/// Токаев and Тоқаев meet: Cyrillic is transliterated, then letters the transliteration systems
/// disagree on are merged (q→k, x/kh→h, gh/ğ→g, zh/dzh/j→j, ts→c, y dropped, doubles collapsed).
/// Spellings that differ in a vowel (Tashkent, Toshkent) are listed in the gazetteer instead.
/// </summary>
public static class MatchKeys
{
    /// <summary>The match key of one word (no spaces), lower case, Latin letters only.</summary>
    public static string Of(ReadOnlySpan<char> word)
    {
        var latin = new StringBuilder(word.Length + 4);
        foreach (var raw in word)
        {
            var c = char.ToLowerInvariant(raw);
            latin.Append(c switch
            {
                >= 'a' and <= 'z' => c.ToString(),
                'а' or 'ә' or 'ä' or 'á' or 'à' or 'â' or 'ā' or 'å' => "a",
                'б' => "b", 'в' => "v", 'г' or 'ғ' or 'ğ' => "g", 'д' => "d",
                'е' or 'э' or 'é' or 'è' or 'ê' or 'ë' or 'ē' => "e", 'ё' => "o",
                'ж' or 'ҷ' => "j", 'з' => "z", 'и' or 'і' or 'ӣ' or 'ı' or 'í' or 'ï' or 'î' or 'ī' => "i",
                'й' or 'ы' or 'ý' => "", 'к' or 'қ' => "k", 'л' => "l", 'м' => "m", 'н' or 'ң' or 'ñ' or 'ň' => "n",
                'о' or 'ө' or 'ö' or 'ó' or 'ô' or 'ō' or 'ø' => "o", 'ў' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t",
                'у' or 'ұ' or 'ү' or 'ӯ' or 'ü' or 'ū' or 'ú' or 'ù' or 'û' => "u", 'ф' => "f",
                'х' or 'ҳ' or 'һ' => "h", 'ц' => "c", 'ч' or 'ç' or 'č' => "ch", 'ш' or 'ş' or 'š' => "sh", 'щ' => "sh",
                'ž' => "j", 'ю' => "u", 'я' => "a", 'ß' => "ss", 'ł' => "l", 'ś' => "s", 'ć' => "c", 'ń' => "n", 'ż' or 'ź' => "z",
                _ => "",
            });
        }
        var s = latin.ToString()
            .Replace("dzh", "j").Replace("dj", "j").Replace("zh", "j").Replace("kh", "h").Replace("gh", "g")
            .Replace("ts", "c").Replace("q", "k").Replace("x", "h").Replace("w", "v").Replace("y", "");
        var collapsed = new StringBuilder(s.Length);
        foreach (var c in s)
            if (collapsed.Length == 0 || collapsed[^1] != c) collapsed.Append(c);
        return collapsed.ToString();
    }

    /// <summary>True when the word is written in Cyrillic (its first letter decides).</summary>
    public static bool IsCyrillic(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (char.IsLetter(c)) return c is >= '\u0400' and <= '\u04FF';
        return false;
    }
}
