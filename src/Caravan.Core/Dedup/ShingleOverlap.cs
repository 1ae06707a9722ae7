namespace Caravan.Dedup;

/// <summary>
/// Exact overlap of two sorted shingle sets: the cheap check every sketch candidate must pass.
/// Jaccard sees edited copies; containment (shared / smaller set) sees truncations and teasers,
/// whose Jaccard is low although every shingle is in the original.
/// </summary>
public readonly record struct ShingleOverlap(int Shared, int SmallerCount, int UnionCount)
{
    public double Jaccard => UnionCount == 0 ? 0 : (double)Shared / UnionCount;
    public double Containment => SmallerCount == 0 ? 0 : (double)Shared / SmallerCount;

    public static ShingleOverlap Of(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { shared++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return new ShingleOverlap(shared, Math.Min(a.Length, b.Length), a.Length + b.Length - shared);
    }
}
