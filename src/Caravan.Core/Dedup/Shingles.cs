namespace Caravan.Dedup;

/// <summary>
/// The sorted, distinct 64-bit hashes of a text's word 3-grams (after folding), the unit every
/// near-duplicate measure here works on. Three words: long enough that unrelated reports share few,
/// short enough that a light edit spoils only three.
/// </summary>
public static class Shingles
{
    public const int Width = 3;

    public static ulong[] Of(string? title, string? text)
    {
        var hashes = new List<ulong>(256);
        ulong w1 = 0, w2 = 0;
        var words = 0;
        void Visit(ReadOnlySpan<char> word, WordShape _)
        {
            var h = WordHash(word);
            if (words >= Width - 1) hashes.Add(Mix(w1 * 0x9E3779B97F4A7C15UL ^ w2 * 0xC2B2AE3D27D4EB4FUL ^ h));
            w1 = w2; w2 = h; words++;
        }
        WordScanner.Scan(title, Visit);
        WordScanner.Scan(text, Visit);
        // A text shorter than one shingle is still comparable: its words joined are its only shingle.
        if (hashes.Count == 0 && words > 0) hashes.Add(Mix(w1 * 31 ^ w2));
        hashes.Sort();
        var distinct = 0;
        for (var i = 0; i < hashes.Count; i++)
            if (i == 0 || hashes[i] != hashes[distinct - 1]) hashes[distinct++] = hashes[i];
        return hashes.GetRange(0, distinct).ToArray();
    }

    /// <summary>FNV-1a over the folded word's characters.</summary>
    public static ulong WordHash(ReadOnlySpan<char> word)
    {
        var h = 14695981039346656037UL;
        foreach (var c in word) { h ^= c; h *= 1099511628211UL; }
        return h;
    }

    /// <summary>The SplitMix64 finaliser: spreads the bits so MinHash and band keys are uniform.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
