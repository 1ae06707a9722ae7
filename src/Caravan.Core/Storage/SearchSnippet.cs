using System.Globalization;
using System.Text;

namespace Caravan.Storage;

/// <summary>
/// A hit's snippet, built in process from its body and the parsed query: the window of
/// <see cref="Words"/> words holding the most distinct query terms, matches marked with
/// <see cref="SearchSyntax.MatchStart"/>/<see cref="SearchSyntax.MatchEnd"/>. The engines' own snippet
/// functions re-run the match per hit (FTS5 reloads each term's doclist for every row it highlights;
/// ts_headline re-parses the document), which cost more than finding the hits.
/// </summary>
public static class SearchSnippet
{
    /// <summary>Words in a snippet, as FTS5's snippet(…, 24) gave.</summary>
    public const int Words = 24;
    const string Ellipsis = "…";

    /// <summary>The snippet of <paramref name="text"/> for the included terms (and their other spellings) of <paramref name="terms"/>.</summary>
    public static string For(string text, SearchTerms terms)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        var tokens = Tokens(text);
        if (tokens.Count == 0) return "";
        var patterns = terms.Include.SelectMany(t => new[] { t }.Concat(t.Alternatives).Select(a => (Term: t, Pattern: Pattern(a)))).ToList();
        // Which tokens each match covers, and which query term it satisfies.
        var matches = new List<(int First, int Last, SearchTerm Term)>();
        var folded = tokens.Select(t => Fold(text.AsSpan(t.Start, t.Length))).ToArray();
        for (int i = 0; i < tokens.Count; i++)
            foreach (var (term, pattern) in patterns)
                if (MatchesAt(folded, i, pattern))
                {
                    matches.Add((i, i + pattern.Words.Length - 1, term));
                    break;
                }
        var start = BestWindow(tokens.Count, matches);
        var end = Math.Min(tokens.Count, start + Words) - 1;
        var sb = new StringBuilder(start > 0 ? Ellipsis : "");
        // The whole text's edges when the window reaches them (an opening quote, the closing full stop).
        var at = start == 0 ? 0 : tokens[start].Start;
        foreach (var (first, last, _) in matches.Where(m => m.First >= start && m.Last <= end))
        {
            if (tokens[first].Start < at) continue; // overlaps the previous mark
            sb.Append(text, at, tokens[first].Start - at).Append(SearchSyntax.MatchStart)
              .Append(text, tokens[first].Start, tokens[last].End - tokens[first].Start).Append(SearchSyntax.MatchEnd);
            at = tokens[last].End;
        }
        if (end < tokens.Count - 1) return sb.Append(text, at, tokens[end].End - at).Append(Ellipsis).ToString();
        return sb.Append(text.AsSpan(at).TrimEnd()).ToString();
    }

    /// <summary>The first token of the window with the most distinct terms, then the most matches; a match is kept off the window's first words.</summary>
    static int BestWindow(int tokenCount, List<(int First, int Last, SearchTerm Term)> matches)
    {
        int best = 0, bestScore = -1, lastStart = Math.Max(0, tokenCount - Words);
        foreach (var m in matches)
        {
            var start = Math.Clamp(m.First - 3, 0, lastStart);
            var inside = matches.Where(x => x.First >= start && x.Last < start + Words).ToList();
            var score = inside.Select(x => x.Term).Distinct().Count() * 1000 + inside.Count;
            if (score > bestScore) (best, bestScore) = (start, score);
        }
        return best;
    }

    sealed record FoldedPattern(string[] Words, bool Prefix);

    static FoldedPattern Pattern(SearchTerm t) => new([.. t.Words.Select(w => Fold(w))], t.Prefix);

    static bool MatchesAt(string[] folded, int i, FoldedPattern p)
    {
        if (i + p.Words.Length > folded.Length) return false;
        for (int k = 0; k < p.Words.Length; k++)
        {
            var last = k == p.Words.Length - 1;
            if (!(last && p.Prefix ? folded[i + k].StartsWith(p.Words[k], StringComparison.Ordinal) : folded[i + k] == p.Words[k])) return false;
        }
        return true;
    }

    readonly record struct Token(int Start, int Length)
    {
        public int End => Start + Length;
    }

    /// <summary>Runs of letters, digits and combining marks: the words FTS5's unicode61 tokenizer sees.</summary>
    static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        for (int i = 0; i < text.Length;)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && IsWordChar(text[i])) i++;
            tokens.Add(new Token(start, i - start));
        }
        return tokens;
    }

    static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Lower case without diacritics (Ö = o, ё = е), as unicode61 remove_diacritics 2 and PostgreSQL's unaccent compare words.</summary>
    static string Fold(ReadOnlySpan<char> word)
    {
        var ascii = true;
        foreach (var c in word) ascii &= c < 0x80;
        if (ascii) return word.ToString().ToLowerInvariant();
        var sb = new StringBuilder(word.Length);
        foreach (var c in word.ToString().Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
                sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }
}
