using System.Text;
using System.Text.RegularExpressions;

namespace Caravan.Storage;

/// <summary>
/// Turns a user's query into engine syntax without letting the user write engine syntax:
/// words are ANDed, "quoted phrases" stay phrases, a trailing * makes a prefix, -word excludes.
/// </summary>
public static partial class SearchSyntax
{
    /// <summary>Marks the start and end of a match in a snippet (private-use characters U+E000, U+E001).</summary>
    public const char MatchStart = '\uE000', MatchEnd = '\uE001';

    [GeneratedRegex(@"(-?)""([^""]*)""|(-?)([\p{L}\p{N}_]+)(\*?)")]
    private static partial Regex Term();

    [GeneratedRegex(@"[\p{L}\p{N}_]+")]
    private static partial Regex Word();

    /// <summary>An FTS5 MATCH expression, or null when the query holds no searchable word.</summary>
    public static string? ToFts5(string? query)
    {
        if (string.IsNullOrWhiteSpace(query)) return null;
        var include = new List<string>();
        var exclude = new List<string>();
        foreach (Match m in Term().Matches(query))
        {
            if (m.Groups[2].Success)
            {
                var words = Word().Matches(m.Groups[2].Value).Select(w => w.Value).ToList();
                if (words.Count == 0) continue;
                (m.Groups[1].Value == "-" ? exclude : include).Add("\"" + string.Join(' ', words) + "\"");
            }
            else
            {
                var term = "\"" + m.Groups[4].Value + "\"" + (m.Groups[5].Value == "*" ? "*" : "");
                (m.Groups[3].Value == "-" ? exclude : include).Add(term);
            }
        }
        if (include.Count == 0) return null;
        var sb = new StringBuilder(string.Join(" AND ", include));
        foreach (var e in exclude) sb.Append(" NOT ").Append(e);
        return sb.ToString();
    }

    /// <summary>A snippet as safe HTML: the text encoded, matches wrapped in &lt;mark&gt;.</summary>
    public static string SnippetHtml(string snippet) =>
        System.Net.WebUtility.HtmlEncode(snippet).Replace(MatchStart.ToString(), "<mark>").Replace(MatchEnd.ToString(), "</mark>");
}
