using System.Text;

namespace Caravan.Tagging;

/// <summary>The Cyrillic orthographies Caravan transliterates, each with its own Latin scheme.</summary>
public enum CyrillicScheme { Russian, Kazakh, Kyrgyz, Tajik, Uzbek }

/// <summary>
/// Cyrillic to Latin for Russian, Kazakh, Kyrgyz, Tajik and Uzbek. Russian, Kyrgyz and Tajik follow
/// BGN/PCGN without diacritics (the spelling English-language news uses: Токаев → Tokayev,
/// Жапаров → Zhaparov); Kazakh follows the 2021 Latin alphabet (Қазақстан → Qazaqstan, ә → ä,
/// ғ → ğ, ң → ñ, ө → ö, ұ → ū, ү → ü, і → ı, ш → ş, ч → ç); Uzbek follows the 1995 official Latin
/// alphabet (ў → oʻ, ғ → gʻ, қ → q, ҳ → h, х → x, ж → j). Matching uses <see cref="MatchKeys"/>.
/// </summary>
public static class Transliterator
{
    public static string ToLatin(string text, CyrillicScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            var lower = char.ToLowerInvariant(ch);
            var latin = Letter(lower, scheme, i == 0 || !char.IsLetter(text[i - 1]) || "аеёиоуыэюяйъьәөұүіӯӣ".Contains(char.ToLowerInvariant(text[i - 1])));
            if (latin is null) { sb.Append(ch); continue; }
            if (latin.Length > 0 && char.IsUpper(ch))
            {
                // All-caps words stay all caps (ЖАНАОЗЕН → ZHANAOZEN); a capital opens a word (Жа → Zha).
                var nextUpper = i + 1 < text.Length && char.IsUpper(text[i + 1]);
                latin = nextUpper ? latin.ToUpperInvariant() : char.ToUpperInvariant(latin[0]) + latin[1..];
            }
            sb.Append(latin);
        }
        return sb.ToString();
    }

    // yeSpot: a word start or after a vowel or sign, where BGN/PCGN writes е as "ye" (Токаев → Tokayev).
    static string? Letter(char c, CyrillicScheme s, bool wordStart) => s switch
    {
        CyrillicScheme.Kazakh => c switch
        {
            'ә' => "ä", 'ғ' => "ğ", 'қ' => "q", 'ң' => "ñ", 'ө' => "ö", 'ұ' => "ū", 'ү' => "ü", 'һ' => "h", 'і' => "ı",
            'ш' => "ş", 'ч' => "ç", 'ы' => "y", 'й' => "i", 'и' => "i", 'х' => "h", 'ж' => "j", 'у' => "u",
            'ц' => "ts", 'щ' => "şş", 'ю' => "iu", 'я' => "ia", 'ё' => "io", 'э' => "e", 'ъ' or 'ь' => "",
            _ => Common(c),
        },
        CyrillicScheme.Uzbek => c switch
        {
            'ў' => "oʻ", 'ғ' => "gʻ", 'қ' => "q", 'ҳ' => "h", 'х' => "x", 'ж' => "j", 'й' => "y", 'ш' => "sh",
            'ч' => "ch", 'ц' => "ts", 'ё' => "yo", 'ю' => "yu", 'я' => "ya", 'е' => wordStart ? "ye" : "e",
            'э' => "e", 'ъ' => "ʼ", 'ь' => "", 'ы' => "i", 'щ' => "sh",
            _ => Common(c),
        },
        CyrillicScheme.Tajik => c switch
        {
            'ғ' => "gh", 'ӣ' => "i", 'қ' => "q", 'ӯ' => "u", 'ҳ' => "h", 'ҷ' => "j", 'ъ' => "", _ => Russian(c, wordStart),
        },
        CyrillicScheme.Kyrgyz => c switch
        {
            'ң' => "ng", 'ө' => "ö", 'ү' => "ü", 'ж' => "j", _ => Russian(c, wordStart),
        },
        _ => Russian(c, wordStart),
    };

    static string? Russian(char c, bool wordStart) => c switch
    {
        'е' => wordStart ? "ye" : "e", 'ё' => "yo", 'ж' => "zh", 'й' => "y", 'х' => "kh", 'ц' => "ts",
        'ч' => "ch", 'ш' => "sh", 'щ' => "shch", 'ъ' or 'ь' => "", 'ы' => "y", 'э' => "e", 'ю' => "yu", 'я' => "ya",
        // Letters of the national alphabets met in Russian text: their usual Russian-style spelling.
        'ә' => "a", 'ғ' => "g", 'қ' => "k", 'ң' => "n", 'ө' => "o", 'ұ' or 'ү' or 'ӯ' => "u", 'һ' or 'ҳ' => "h",
        'і' or 'ӣ' => "i", 'ў' => "u", 'ҷ' => "j",
        _ => Common(c),
    };

    static string? Common(char c) => c switch
    {
        'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'д' => "d", 'е' => "e", 'з' => "z", 'и' => "i", 'к' => "k",
        'л' => "l", 'м' => "m", 'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t", 'у' => "u",
        'ф' => "f", 'х' => "kh", 'ш' => "sh", 'ч' => "ch", 'ж' => "zh", 'й' => "y", 'ю' => "yu", 'я' => "ya", 'ё' => "yo",
        'ы' => "y", 'ц' => "ts", 'щ' => "shch", 'э' => "e", 'ъ' or 'ь' => "",
        _ => null,
    };
}
