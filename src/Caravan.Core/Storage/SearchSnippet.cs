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
        var patterns = new List<(SearchTerm Term, FoldedPattern Pattern)>();
        foreach (var t in terms.Include)
        {
            patterns.Add((t, Pattern(t)));
            foreach (var a in t.Alternatives) patterns.Add((t, Pattern(a)));
        }
        // Which tokens each match covers, and which query term it satisfies; tokens are folded once into one buffer.
        var folded = new FoldedTokens(text, tokens);
        var matches = new List<(int First, int Last, SearchTerm Term)>();
        for (int i = 0; i < tokens.Count; i++)
            foreach (var (term, pattern) in patterns)
                if (folded.MatchesAt(i, pattern))
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
        var terms = new HashSet<SearchTerm>();
        foreach (var m in matches)
        {
            var start = Math.Clamp(m.First - 3, 0, lastStart);
            var inside = 0;
            terms.Clear();
            foreach (var x in matches)
                if (x.First >= start && x.Last < start + Words)
                {
                    inside++;
                    terms.Add(x.Term);
                }
            var score = terms.Count * 1000 + inside;
            if (score > bestScore) (best, bestScore) = (start, score);
        }
        return best;
    }

    sealed record FoldedPattern(string[] Words, bool Prefix);

    static FoldedPattern Pattern(SearchTerm t) => new([.. t.Words.Select(w => Fold(w))], t.Prefix);

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
        var buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        if (FoldInto(word, buffer) is var n and >= 0) return new string(buffer[..n]);
        return SlowFold(word);
    }

    /// <summary>Folds <paramref name="word"/> into <paramref name="into"/> (at least as long) and returns the folded length,
    /// or -1 when a character is outside the table (the caller folds it the slow way).</summary>
    static int FoldInto(ReadOnlySpan<char> word, Span<char> into)
    {
        var n = 0;
        foreach (var c in word)
        {
            if (c >= FoldTable.Length) return -1;
            var f = FoldTable[c];
            if (f == NeedsSlowFold) return -1;
            if (f != Dropped) into[n++] = f;
        }
        return n;
    }

    static string SlowFold(ReadOnlySpan<char> word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in word.ToString().Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
                sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    const char Dropped = '\uFFFF', NeedsSlowFold = '\uFFFE';

    /// <summary>Each character of Latin (with its extensions), Greek and Cyrillic folded the slow way once: a combining
    /// mark is dropped, a letter becomes its lower-case base letter. Canonical decomposition and lower-casing act per
    /// character, so folding a word character by character gives what folding it whole gives.</summary>
    static readonly char[] FoldTable = BuildFoldTable(0x0530);

    static char[] BuildFoldTable(int size)
    {
        var table = new char[size];
        for (var c = 0; c < size; c++)
        {
            if (char.IsSurrogate((char)c)) { table[c] = NeedsSlowFold; continue; }
            var folded = SlowFold([(char)c]);
            table[c] = folded.Length switch { 0 => Dropped, 1 => folded[0], _ => NeedsSlowFold };
        }
        return table;
    }

    /// <summary>A text's tokens folded into one buffer, compared with a pattern's words without a string per token.</summary>
    sealed class FoldedTokens
    {
        readonly char[] buffer;
        readonly int[] starts, lengths;

        public FoldedTokens(string text, List<Token> tokens)
        {
            buffer = new char[text.Length];
            starts = new int[tokens.Count];
            lengths = new int[tokens.Count];
            var at = 0;
            for (var i = 0; i < tokens.Count; i++)
            {
                var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
                if (buffer.Length - at < word.Length) Array.Resize(ref buffer, Math.Max(buffer.Length * 2, at + word.Length));
                var n = FoldInto(word, buffer.AsSpan(at));
                if (n < 0)
                {
                    var slow = SlowFold(word);
                    if (at + slow.Length > buffer.Length) Array.Resize(ref buffer, Math.Max(buffer.Length * 2, at + slow.Length));
                    slow.CopyTo(buffer.AsSpan(at));
                    n = slow.Length;
                }
                starts[i] = at;
                lengths[i] = n;
                at += n;
            }
        }

        public bool MatchesAt(int i, FoldedPattern p)
        {
            if (i + p.Words.Length > starts.Length) return false;
            for (int k = 0; k < p.Words.Length; k++)
            {
                var token = buffer.AsSpan(starts[i + k], lengths[i + k]);
                var last = k == p.Words.Length - 1;
                if (!(last && p.Prefix ? token.StartsWith(p.Words[k], StringComparison.Ordinal) : token.SequenceEqual(p.Words[k]))) return false;
            }
            return true;
        }
    }
}
