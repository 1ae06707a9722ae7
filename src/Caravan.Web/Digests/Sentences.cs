using System.Text.RegularExpressions;

namespace Caravan.Web.Digests;

/// <summary>The first sentences of clean text, for digest summaries.</summary>
static partial class Sentences
{
    // A sentence ends at . ! ? or … (perhaps then a closing quote) followed by space and a capital,
    // an opening quote or a digit; an initial ("J.") or a common abbreviation ("Mr.", "Jan.") is not an end.
    [GeneratedRegex(@"(?<=[.!?…][""”»']?)(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Aug|Sept|Oct|Nov|Dec|No|vs|etc|г|ул)\.)\s+(?=[\p{Lu}\d""“«'])")]
    private static partial Regex Boundary();

    public static string First(string text, int count)
    {
        var paragraphs = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // A kicker ("Politics", "Tourism") is a short paragraph that is no sentence: the summary starts after it.
        var paragraph = paragraphs.FirstOrDefault(p => !IsKicker(p)) ?? paragraphs.FirstOrDefault() ?? "";
        var parts = Boundary().Split(paragraph.ReplaceLineEndings(" "));
        return string.Join(" ", parts.Take(count)).Trim();
    }

    static bool IsKicker(string paragraph) =>
        paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 8 && paragraph.TrimEnd('"', '”', '»', '\'').LastOrDefault() is not ('.' or '!' or '?' or '…');
}
