namespace Caravan.Tagging;

/// <summary>
/// A quick language guess from the script and letters only a few languages use. The tagging
/// stage's n-gram detector supersedes it; this keeps the foundation honest meanwhile.
/// </summary>
public static class LanguageGuess
{
    /// <summary>ISO 639-1 code, or the hint when the text says too little.</summary>
    public static string? Guess(string? text, string? hint)
    {
        if (string.IsNullOrWhiteSpace(text)) return hint;
        int latin = 0, cyrillic = 0, kazakh = 0, kyrgyz = 0, tajik = 0, han = 0;
        foreach (var ch in text)
        {
            if (ch is >= 'a' and <= 'z' or >= 'A' and <= 'Z') latin++;
            else if (ch is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
                if ("әғқұһіӘҒҚҰҺІ".Contains(ch)) kazakh++;
                else if ("ңөүҢӨҮ".Contains(ch)) kyrgyz++;
                else if ("ҷҳӣӯҶҲӢӮ".Contains(ch)) tajik++;
            }
            else if (ch is >= '\u4E00' and <= '\u9FFF') han++;
        }
        var letters = latin + cyrillic + han;
        if (letters < 20) return hint;
        if (han > letters / 3) return "zh";
        if (cyrillic > latin)
        {
            if (kazakh * 100 > cyrillic) return "kk";
            if (tajik * 100 > cyrillic) return "tg";
            if (kyrgyz * 100 > cyrillic) return "ky";
            return hint is "ky" or "tg" or "mn" or "uz" ? hint : "ru";
        }
        return hint is not null && hint != "ru" && hint != "kk" ? hint : "en";
    }
}
