namespace Caravan.Tagging;

/// <summary>The lower-case words of a text as the topic rules and model read them (hyphenated words kept whole).</summary>
public static class TopicWords
{
    public static List<string> Of(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text)) return words;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))) i++;
            words.Add(text[start..i].ToLowerInvariant());
        }
        return words;
    }
}
