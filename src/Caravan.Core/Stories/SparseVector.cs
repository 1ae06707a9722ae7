namespace Caravan.Stories;

/// <summary>A sparse vector over term ids, sorted by term; most are unit length.</summary>
public sealed class SparseVector(int[] terms, float[] weights)
{
    public int[] Terms { get; private set; } = terms;
    public float[] Weights { get; private set; } = weights;
    public int Length => Terms.Length;

    /// <summary>Keeps the <paramref name="max"/> heaviest terms of a term → weight map, sorted by term, scaled to unit length.</summary>
    public static SparseVector TopUnit(Dictionary<int, float> weights, int max)
    {
        var top = weights.OrderByDescending(kv => kv.Value).Take(max).OrderBy(kv => kv.Key).ToArray();
        var norm = MathF.Sqrt(top.Sum(kv => kv.Value * kv.Value));
        if (norm == 0) norm = 1;
        return new SparseVector(top.Select(kv => kv.Key).ToArray(), top.Select(kv => kv.Value / norm).ToArray());
    }

    public float Dot(SparseVector other)
    {
        float sum = 0;
        int i = 0, j = 0;
        var a = Terms; var b = other.Terms;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { sum += Weights[i] * other.Weights[j]; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return sum;
    }

    /// <summary>How many terms the two vectors share.</summary>
    public int Shared(SparseVector other)
    {
        int count = 0, i = 0, j = 0;
        var a = Terms; var b = other.Terms;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { count++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return count;
    }

    /// <summary>The share of this unit vector's mass (squared weights) on terms <paramref name="other"/> has too.</summary>
    public float SharedMass(SparseVector other)
    {
        float sum = 0;
        int i = 0, j = 0;
        var a = Terms; var b = other.Terms;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { sum += Weights[i] * Weights[i]; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return sum;
    }

    /// <summary>Adds <paramref name="v"/> into this (a centroid), keeping the <paramref name="max"/> heaviest terms, unit length.</summary>
    public void AddAndTrim(SparseVector v, float share, int max)
    {
        var merged = new Dictionary<int, float>(Terms.Length + v.Length);
        for (var i = 0; i < Terms.Length; i++) merged[Terms[i]] = Weights[i] * (1 - share);
        for (var i = 0; i < v.Length; i++) merged[v.Terms[i]] = merged.GetValueOrDefault(v.Terms[i]) + v.Weights[i] * share;
        var next = TopUnit(merged, max);
        Terms = next.Terms;
        Weights = next.Weights;
    }

    public long Bytes => 48 + Terms.Length * 8L;

    /// <summary>A vector of its own with the same terms and weights (the arrays are never changed in place, so they are shared).</summary>
    public SparseVector Copy() => new(Terms, Weights);
}
