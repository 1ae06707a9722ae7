namespace Caravan.Dedup;

/// <summary>
/// Charikar's 64-bit SimHash over the shingle set (Manku et al. 2007: near-duplicate web pages are
/// within Hamming distance 3). Kept beside MinHash for the measurement, and stored on each article
/// as a compact fingerprint.
/// </summary>
public static class SimHash
{
    public static ulong Of(ReadOnlySpan<ulong> shingles)
    {
        Span<int> votes = stackalloc int[64];
        // Count set bits per position (branch-free); a bit is set when more than half the shingles have it.
        foreach (var s in shingles)
            for (var bit = 0; bit < 64; bit++) votes[bit] += (int)((s >> bit) & 1);
        ulong hash = 0;
        for (var bit = 0; bit < 64; bit++) if (votes[bit] * 2 > shingles.Length) hash |= 1UL << bit;
        return hash;
    }

    public static int Distance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);
}
