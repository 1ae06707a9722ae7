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
    public static string? ToFts5(string? query) => ToFts5(query, null);

    /// <summary>
    /// As <see cref="ToFts5(string?)"/>, with each plain word that names something widened to an OR
    /// group of its other spellings (the gazetteer's: <c>Tagging.SearchSpellings.For</c>). Cyrillic
    /// spellings match as prefixes so inflected forms (Токаева, Астане) are found too.
    /// </summary>
    public static string? ToFts5(string? query, Func<string, IReadOnlyList<string>>? spellings)
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
                if (spellings is not null && m.Groups[3].Value != "-" && m.Groups[5].Value != "*")
                    term = Widen(term, spellings(m.Groups[4].Value));
                (m.Groups[3].Value == "-" ? exclude : include).Add(term);
            }
        }
        if (include.Count == 0) return null;
        var sb = new StringBuilder(string.Join(" AND ", include));
        foreach (var e in exclude) sb.Append(" NOT ").Append(e);
        return sb.ToString();
    }

    static string Widen(string term, IReadOnlyList<string> spellings)
    {
        if (spellings.Count == 0) return term;
        var alternatives = new List<string> { term };
        foreach (var s in spellings)
        {
            var words = Word().Matches(s).Select(w => w.Value).ToList();
            if (words.Count == 0) continue;
            var cyrillic = s.Any(c => c is >= '\u0400' and <= '\u04FF');
            var alternative = "\"" + string.Join(' ', words) + "\"" + (cyrillic && s.Length >= 4 ? "*" : "");
            if (!alternatives.Contains(alternative)) alternatives.Add(alternative);
        }
        return alternatives.Count == 1 ? term : "(" + string.Join(" OR ", alternatives) + ")";
    }

    /// <summary>A snippet as safe HTML: the text encoded, matches wrapped in &lt;mark&gt;.</summary>
    public static string SnippetHtml(string snippet) =>
        System.Net.WebUtility.HtmlEncode(snippet).Replace(MatchStart.ToString(), "<mark>").Replace(MatchEnd.ToString(), "</mark>");
}
