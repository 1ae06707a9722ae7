using System.Text;

namespace Caravan.Dedup;

/// <summary>One run of a word-level diff: words kept, removed or added.</summary>
public sealed record DiffRun(DiffOp Op, string Text);

/// <summary>What happened to a run of words between two versions.</summary>
public enum DiffOp { Same, Removed, Added }

/// <summary>
/// Word-level diff of two bodies (longest common subsequence over words, after trimming the
/// common head and tail). Stored as text in the git word-diff style: [-old words-]{+new words+}.
/// </summary>
public static class WordDiff
{
    const int MaxMiddleCells = 4_000_000;

    public static IReadOnlyList<DiffRun> Compute(string oldText, string newText)
    {
        var a = Split(oldText);
        var b = Split(newText);
        int head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head]) head++;
        int tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[^(tail + 1)] == b[^(tail + 1)]) tail++;

        var runs = new List<DiffRun>();
        Add(runs, DiffOp.Same, a[..head]);
        var midA = a[head..(a.Length - tail)];
        var midB = b[head..(b.Length - tail)];
        if ((long)midA.Length * midB.Length > MaxMiddleCells)
        {
            // Too different to align word by word within bounded memory: one replacement.
            Add(runs, DiffOp.Removed, midA);
            Add(runs, DiffOp.Added, midB);
        }
        else
        {
            Align(runs, midA, midB);
        }
        Add(runs, DiffOp.Same, a[(a.Length - tail)..]);
        return runs;
    }

    /// <summary>The git word-diff rendering: unchanged words as is, [-removed-] and {+added+}.</summary>
    public static string Format(IReadOnlyList<DiffRun> runs)
    {
        var sb = new StringBuilder();
        foreach (var r in runs)
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(r.Op switch
            {
                DiffOp.Removed => "[-" + r.Text + "-]",
                DiffOp.Added => "{+" + r.Text + "+}",
                _ => r.Text,
            });
        }
        return sb.ToString();
    }

    static void Align(List<DiffRun> runs, string[] a, string[] b)
    {
        // lcs[i, j] = length of the LCS of a[i..] and b[j..].
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
            for (int j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        int x = 0, y = 0;
        var pending = new List<(DiffOp, string)>();
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { pending.Add((DiffOp.Same, a[x])); x++; y++; }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y])) { pending.Add((DiffOp.Added, b[y])); y++; }
            else { pending.Add((DiffOp.Removed, a[x])); x++; }
        }
        // Group removals before additions within each changed stretch, so a replacement reads [-old-]{+new+}.
        int k = 0;
        while (k < pending.Count)
        {
            if (pending[k].Item1 == DiffOp.Same) { Add(runs, DiffOp.Same, [pending[k].Item2]); k++; continue; }
            var removed = new List<string>();
            var added = new List<string>();
            while (k < pending.Count && pending[k].Item1 != DiffOp.Same)
            {
                (pending[k].Item1 == DiffOp.Removed ? removed : added).Add(pending[k].Item2);
                k++;
            }
            Add(runs, DiffOp.Removed, [.. removed]);
            Add(runs, DiffOp.Added, [.. added]);
        }
    }

    static void Add(List<DiffRun> runs, DiffOp op, string[] words)
    {
        if (words.Length == 0) return;
        var text = string.Join(' ', words);
        if (runs.Count > 0 && runs[^1].Op == op)
            runs[^1] = runs[^1] with { Text = runs[^1].Text + " " + text };
        else
            runs.Add(new DiffRun(op, text));
    }

    static string[] Split(string s) => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
