using System.Text;
using System.Text.RegularExpressions;

namespace Caravan.Storage;

/// <summary>
/// Turns a user's query into engine syntax without letting the user write engine syntax:
/// words are ANDed, "quoted phrases" stay phrases, a trailing * makes a prefix, -word excludes.
/// A plain word that names something may be widened to an OR group of its other spellings.
/// </summary>
public static partial class SearchSyntax
{
    /// <summary>Marks the start and end of a match in a snippet (private-use characters U+E000, U+E001).</summary>
    public const char MatchStart = '\uE000', MatchEnd = '\uE001';

    [GeneratedRegex(@"(-?)""([^""]*)""|(-?)([\p{L}\p{N}_]+)(\*?)")]
    private static partial Regex Term();

    [GeneratedRegex(@"[\p{L}\p{N}_]+")]
    private static partial Regex Word();

    /// <summary>
    /// The user's query as terms: what to include (ANDed) and what to exclude. Engine syntax never
    /// survives. With <paramref name="spellings"/> (the gazetteer's: <c>Tagging.SearchSpellings.For</c>),
    /// each plain included word gets its other spellings as alternatives; Cyrillic spellings match as
    /// prefixes so inflected forms (Токаева, Астане) are found too.
    /// </summary>
    public static SearchTerms Parse(string? query, Func<string, IReadOnlyList<string>>? spellings = null)
    {
        var include = new List<SearchTerm>();
        var exclude = new List<SearchTerm>();
        if (string.IsNullOrWhiteSpace(query)) return new SearchTerms(include, exclude);
        foreach (Match m in Term().Matches(query))
        {
            if (m.Groups[2].Success)
            {
                var words = Word().Matches(m.Groups[2].Value).Select(w => w.Value).ToList();
                if (words.Count == 0) continue;
                (m.Groups[1].Value == "-" ? exclude : include).Add(new SearchTerm(words, Prefix: false));
            }
            else
            {
                var excluded = m.Groups[3].Value == "-";
                var prefix = m.Groups[5].Value == "*";
                var term = new SearchTerm([m.Groups[4].Value], prefix);
                if (spellings is not null && !excluded && !prefix)
                    term = term with { Alternatives = Alternatives(term, spellings(m.Groups[4].Value)) };
                (excluded ? exclude : include).Add(term);
            }
        }
        return new SearchTerms(include, exclude);
    }

    static IReadOnlyList<SearchTerm> Alternatives(SearchTerm term, IReadOnlyList<string> spellings)
    {
        var alternatives = new List<SearchTerm>();
        foreach (var s in spellings)
        {
            var words = Word().Matches(s).Select(w => w.Value).ToList();
            if (words.Count == 0) continue;
            var cyrillic = s.Any(c => c is >= '\u0400' and <= '\u04FF');
            var alternative = new SearchTerm(words, Prefix: cyrillic && s.Length >= 4);
            if (!alternative.SameAs(term) && !alternatives.Any(a => a.SameAs(alternative))) alternatives.Add(alternative);
        }
        // An alternative that can only match where a one-word spelling already does adds nothing but work
        // (every OR branch is a doclist to merge): "Kassym Jomart Tokayev" where "Tokayev" is searched, "Токаева"
        // where the prefix "Токаев"* is.
        var single = alternatives.Where(a => a.Words.Count == 1).Prepend(term).ToList();
        return alternatives.Where(a => !single.Any(w => !ReferenceEquals(w, a) && Covers(w, a))).ToList();
    }

    /// <summary>True when every match of <paramref name="other"/> is also a match of the one-word <paramref name="word"/>.</summary>
    static bool Covers(SearchTerm word, SearchTerm other)
    {
        var w = word.Words[0];
        if (other.Words.Count == 1)
            // One word covers another only as a prefix: of a longer word, or of the same word taken whole.
            return word.Prefix && other.Words[0].StartsWith(w, StringComparison.OrdinalIgnoreCase)
                && (other.Words[0].Length > w.Length || !other.Prefix);
        // A phrase is covered when one of its words always matches the word: a whole word (the last one only
        // when the phrase does not end in a prefix) equal to it, or any word it is a prefix of.
        for (int i = 0; i < other.Words.Count; i++)
        {
            var o = other.Words[i];
            if (word.Prefix ? o.StartsWith(w, StringComparison.OrdinalIgnoreCase)
                : string.Equals(o, w, StringComparison.OrdinalIgnoreCase) && (i < other.Words.Count - 1 || !other.Prefix)) return true;
        }
        return false;
    }

    /// <summary>An FTS5 MATCH expression, or null when the query holds no searchable word.</summary>
    public static string? ToFts5(string? query, Func<string, IReadOnlyList<string>>? spellings = null) => ToFts5(Parse(query, spellings));

    /// <summary>An FTS5 MATCH expression for parsed terms, or null when none is included.</summary>
    public static string? ToFts5(SearchTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Include.Count == 0) return null;
        static string One(SearchTerm t) => "\"" + string.Join(' ', t.Words) + "\"" + (t.Prefix ? "*" : "");
        static string Fts5(SearchTerm t) =>
            t.Alternatives.Count == 0 ? One(t) : "(" + string.Join(" OR ", new[] { t }.Concat(t.Alternatives).Select(One)) + ")";
        var sb = new StringBuilder(string.Join(" AND ", terms.Include.Select(Fts5)));
        foreach (var e in terms.Exclude) sb.Append(" NOT ").Append(Fts5(e));
        return sb.ToString();
    }

    /// <summary>
    /// A PostgreSQL tsquery text (for <c>to_tsquery</c>), or null when the query holds no searchable word:
    /// what websearch_to_tsquery would make of the same query, but built from the parsed terms so no
    /// operator the user typed reaches the engine. Phrases use &lt;-&gt; (followed by), prefixes :*.
    /// </summary>
    public static string? ToTsQuery(string? query, Func<string, IReadOnlyList<string>>? spellings = null) => ToTsQuery(Parse(query, spellings));

    /// <summary>A PostgreSQL tsquery text for parsed terms, or null when none is included.</summary>
    public static string? ToTsQuery(SearchTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Include.Count == 0) return null;
        // Words hold only letters, digits and _, but quote them anyway: 'word' is a lexeme, never an operator.
        static string One(SearchTerm t) =>
            "(" + string.Join(" <-> ", t.Words.Select(w => "'" + w.Replace("'", "''", StringComparison.Ordinal) + "'" + (t.Prefix ? ":*" : ""))) + ")";
        static string Ts(SearchTerm t) =>
            t.Alternatives.Count == 0 ? One(t) : "(" + string.Join(" | ", new[] { t }.Concat(t.Alternatives).Select(One)) + ")";
        var sb = new StringBuilder(string.Join(" & ", terms.Include.Select(Ts)));
        foreach (var e in terms.Exclude) sb.Append(" & !").Append(Ts(e));
        return sb.ToString();
    }

    /// <summary>A snippet as safe HTML: the text encoded, matches wrapped in &lt;mark&gt;.</summary>
    public static string SnippetHtml(string snippet) =>
        System.Net.WebUtility.HtmlEncode(snippet).Replace(MatchStart.ToString(), "<mark>").Replace(MatchEnd.ToString(), "</mark>");
}

/// <summary>One searched word, phrase (several words in order) or word prefix, with other spellings that also match.</summary>
public sealed record SearchTerm(IReadOnlyList<string> Words, bool Prefix)
{
    public IReadOnlyList<SearchTerm> Alternatives { get; init; } = [];

    public bool SameAs(SearchTerm other) => Prefix == other.Prefix && Words.SequenceEqual(other.Words);
}

/// <summary>A parsed query: every included term must match, no excluded term may.</summary>
public sealed record SearchTerms(IReadOnlyList<SearchTerm> Include, IReadOnlyList<SearchTerm> Exclude);
