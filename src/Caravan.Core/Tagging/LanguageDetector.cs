using System.Globalization;

namespace Caravan.Tagging;

/// <summary>A detected language: ISO 639-1 code (null when the text is too short and there is no hint) and why.</summary>
public sealed record DetectedLanguage(string? Code, string Why);

/// <summary>
/// Detects the language of a text in three steps: the script (Han, Cyrillic, Latin, Arabic, …);
/// letters only some orthographies use (Kazakh ә ұ і, Kyrgyz ң without ә, Tajik ҷ ӣ ӯ, Uzbek ў and
/// oʻ gʻ, Turkmen ň ý ž, Ukrainian ї є); then character trigram profiles among the candidates left.
/// </summary>
public static class LanguageDetector
{
    const int MinLetters = 15;

    public static DetectedLanguage Detect(string? text, string? hint = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return new(hint, "source language");
        var letters = LetterCounts.Of(text);
        if (letters.Total < MinLetters) return new(hint, "source language (text too short)");
        var (script, share) = letters.TopScript();
        return script switch
        {
            "Han" => letters.Kana > 0 ? new("ja", "Han with kana") : new("zh", Share("Han", share)),
            "Kana" => new("ja", Share("kana", share)),
            "Hangul" => new("ko", Share("Hangul", share)),
            "Greek" => new("el", Share("Greek", share)),
            "Armenian" => new("hy", Share("Armenian", share)),
            "Georgian" => new("ka", Share("Georgian", share)),
            "Hebrew" => new("he", Share("Hebrew", share)),
            "Arabic" => Nearest(text, "Arabic", null, "Arabic"),
            "Cyrillic" => Cyrillic(text, letters),
            _ => Latin(text, letters),
        };
    }

    static DetectedLanguage Cyrillic(string text, LetterCounts l)
    {
        double F(string set) => (double)l.Count(set) / l.Cyrillic;
        if (F("ҷӣӯ") >= 0.003) return new("tg", Letters("ҷ ӣ ӯ", F("ҷӣӯ")));
        if (F("ў") >= 0.003) return F("і") >= 0.005 ? new("be", Letters("ў і", F("ўі"))) : new("uz", Letters("ў", F("ў")));
        if (F("їєґ") >= 0.002) return new("uk", Letters("ї є ґ", F("їєґ")));
        if (F("ђћџ") >= 0.002) return new("sr", Letters("ђ ћ џ", F("ђћџ")));
        if (F("ѓќѕ") >= 0.002) return new("mk", Letters("ѓ ќ ѕ", F("ѓќѕ")));
        // Letters of the Turkic and Tajik alphabets: a Russian text quoting Нұр-Сұлтан has a few, so a low share goes to the trigrams.
        var national = F("әұіқғңөүһҳҗ");
        string[]? candidates = F("әұ") >= 0.003 || (F("і") >= 0.005 && F("қғңөү") >= 0.005) ? ["kk"] : F("җ") >= 0.002 ? ["tt"] : F("ң") >= 0.002 ? ["ky"]
            : F("ҳ") >= 0.003 ? null : F("өү") >= 0.005 ? ["mn", "ky"] : null;
        if (candidates is null && F("ҳқғ") >= 0.005)
            return Nearest(text, "Cyrillic", ["uz", "tg"], Letters("ҳ қ ғ", F("ҳқғ")));
        if (candidates is not null)
            return national >= 0.06 && candidates.Length == 1 ? new(candidates[0], Letters("ә ұ і қ ғ ң ө ү һ", national))
                : Nearest(text, "Cyrillic", national >= 0.06 ? candidates : [.. candidates, "ru"], Letters("ә ұ і қ ғ ң ө ү һ", national));
        if (F("і") >= 0.005) return Nearest(text, "Cyrillic", ["uk", "be"], Letters("і", F("і")));
        if (F("ъ") >= 0.005 && F("ы") < 0.002) return new("bg", Letters("ъ without ы", F("ъ")));
        return new("ru", "Cyrillic without letters of other alphabets");
    }

    static DetectedLanguage Latin(string text, LetterCounts l)
    {
        double F(string set) => (double)l.Count(set) / Math.Max(1, l.Latin);
        if (F("ə") >= 0.005) return new("az", Letters("ə", F("ə")));
        if (F("ňýž") >= 0.004) return new("tk", Letters("ň ý ž", F("ňýž")));
        if (F("ūñ") >= 0.004 && F("ä") > 0) return new("kk", Letters("ū ñ ä (Kazakh Latin, 2021)", F("ūñä")));
        if (l.UzbekApostrophes * 1000 >= 3 * l.Latin) return new("uz", Letters("oʻ gʻ", (double)l.UzbekApostrophes / l.Latin));
        if (F("ığş") >= 0.004) return Nearest(text, "Latin", ["tr", "az"], Letters("ı ğ ş", F("ığş")));
        return Nearest(text, "Latin", null, "Latin");
    }

    static DetectedLanguage Nearest(string text, string script, IReadOnlyCollection<string>? only, string why)
    {
        var ranked = TrigramProfiles.Default.Rank(text, script, only);
        if (ranked.Count == 0) return new(null, why);
        var next = ranked.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $", then {ranked[1].Language} {ranked[1].Distance}") : "";
        return new(ranked[0].Language, string.Create(CultureInfo.InvariantCulture, $"{why}; trigrams nearest {ranked[0].Language} {ranked[0].Distance}{next}"));
    }

    static string Share(string script, double share) => string.Create(CultureInfo.InvariantCulture, $"{script} script {share:P0}");

    static string Letters(string letters, double share) => string.Create(CultureInfo.InvariantCulture, $"letters {letters} {share:P1}");
}
