using System.Text;
using System.Text.RegularExpressions;

namespace Caravan.Web.Pages;

/// <summary>
/// A stored word diff between two versions ("[-removed-]" and "{+added+}" marked inside the text) as HTML a reader
/// can take in: removed words struck out, added underlined, and the unchanged text between changes cut down to a
/// few words of context on each side, so a corrected number in a long article is found at a glance.
/// </summary>
static partial class VersionDiff
{
    public const int ContextWords = 12;

    [GeneratedRegex(@"(\[-.*?-\]|\{\+.*?\+\})", RegexOptions.Singleline)]
    private static partial Regex Change();

    public static string Html(string diff)
    {
        var parts = Change().Split(diff);
        if (parts.Length == 1) return Pages.Html.E(diff);
        var sb = new StringBuilder();
        for (int i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.StartsWith("[-", StringComparison.Ordinal) && part.EndsWith("-]", StringComparison.Ordinal))
                sb.Append("<del>").Append(Pages.Html.E(part[2..^2])).Append("</del>");
            else if (part.StartsWith("{+", StringComparison.Ordinal) && part.EndsWith("+}", StringComparison.Ordinal))
                sb.Append("<ins>").Append(Pages.Html.E(part[2..^2])).Append("</ins>");
            else
                sb.Append(Pages.Html.E(Context(part, before: i < parts.Length - 1, after: i > 0)));
        }
        return sb.ToString();
    }

    /// <summary>Unchanged text cut to the words next to a change: its end when a change follows, its start when one precedes.</summary>
    static string Context(string text, bool before, bool after)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= (before && after ? 2 * ContextWords + 1 : ContextWords)) return text;
        var head = after ? string.Join(' ', words[..ContextWords]) : "";
        var tail = before ? string.Join(' ', words[^ContextWords..]) : "";
        // The spaces that separated this text from the changes beside it stay.
        var lead = after && text.StartsWith(' ') ? " " : "";
        var trail = before && text.EndsWith(' ') ? " " : "";
        return lead + (after && before ? head + " … " + tail : after ? head + " …" : "… " + tail) + trail;
    }
}
