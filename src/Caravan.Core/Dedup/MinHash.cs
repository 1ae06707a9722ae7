namespace Caravan.Dedup;

/// <summary>
/// MinHash sketch of a shingle set (Broder 1997): for each of <see cref="Size"/> hash functions the
/// smallest value over the set; two sketches agree in a slot with probability equal to the sets'
/// Jaccard similarity. Chosen over SimHash by measurement (bench/README.md): on edited news copies
/// SimHash's Hamming distance does not separate copies from same-topic reports.
/// </summary>
public static class MinHash
{
    public const int Size = NearDuplicateIndex.Bands * NearDuplicateIndex.RowsPerBand;
    static readonly ulong[] Seeds = Enumerable.Range(1, Size).Select(i => Shingles.Mix((ulong)i * 0x9E3779B97F4A7C15UL) | 1).ToArray();

    public static uint[] Sketch(ReadOnlySpan<ulong> shingles)
    {
        var mins = new uint[Size];
        Array.Fill(mins, uint.MaxValue);
        foreach (var s in shingles)
        {
            // One multiply-xorshift per slot: cheap, and independent enough for sketching (Thorup 2013).
            for (var k = 0; k < Size; k++)
            {
                var h = (uint)((s * Seeds[k]) >> 32);
                if (h < mins[k]) mins[k] = h;
            }
        }
        return mins;
    }
}
