namespace Caravan.Dedup;

/// <summary>
/// Answers "which indexed texts may be near this one?" without scanning: MinHash LSH with
/// <see cref="Bands"/> bands of <see cref="RowsPerBand"/> rows (a pair with Jaccard s becomes a
/// candidate with probability 1 − (1 − s²)¹⁶: 0.73 at 0.3, 0.99 at 0.5). Candidates are only
/// candidates: the caller verifies each with <see cref="ShingleOverlap"/>.
/// Memory is flat arrays, about 16 bytes per band entry plus 9 bytes per text (≈ 265 bytes a text).
/// </summary>
public sealed class NearDuplicateIndex
{
    public const int Bands = 16;
    public const int RowsPerBand = 2;

    long[] _ids = new long[1024];
    bool[] _removed = new bool[1024];
    int _count;
    int _live;
    // One chained hash table for all bands: entry e holds its band key, its text and the next entry.
    uint[] _keys = new uint[1024 * Bands];
    int[] _docs = new int[1024 * Bands];
    int[] _next = new int[1024 * Bands];
    int[] _heads = NewHeads(1024 * Bands);
    int _entries;

    /// <summary>Texts indexed and not removed.</summary>
    public int Count => _live;

    /// <summary>Removed texts whose entries still take space.</summary>
    public int Dead => _count - _live;

    /// <summary>Adds a text's sketch under the caller's id; returns the handle that removes it.</summary>
    public int Add(long id, ReadOnlySpan<uint> sketch)
    {
        if (sketch.Length != MinHash.Size) throw new ArgumentException($"A sketch has {MinHash.Size} values.", nameof(sketch));
        if (_count == _ids.Length) GrowTexts();
        if (_entries + Bands > _keys.Length) GrowEntries();
        var doc = _count++;
        _ids[doc] = id;
        _live++;
        for (var b = 0; b < Bands; b++)
        {
            var key = BandKey(sketch, b);
            var bucket = (int)(key & (uint)(_heads.Length - 1));
            var e = _entries++;
            _keys[e] = key;
            _docs[e] = doc;
            _next[e] = _heads[bucket];
            _heads[bucket] = e;
        }
        return doc;
    }

    /// <summary>Removes a text; its entries are skipped from now on (space is reclaimed by <see cref="Compact"/>).</summary>
    public void Remove(int handle)
    {
        if (handle < 0 || handle >= _count || _removed[handle]) return;
        _removed[handle] = true;
        _live--;
    }

    /// <summary>Ids of indexed texts sharing at least one band with the sketch, each once.</summary>
    public List<long> Candidates(ReadOnlySpan<uint> sketch, int limit = 200)
    {
        var found = new List<long>();
        Span<int> seen = stackalloc int[Math.Min(limit, 256)];
        var seenCount = 0;
        for (var b = 0; b < Bands && found.Count < limit; b++)
        {
            var key = BandKey(sketch, b);
            for (var e = _heads[(int)(key & (uint)(_heads.Length - 1))]; e >= 0; e = _next[e])
            {
                if (_keys[e] != key) continue;
                var doc = _docs[e];
                if (_removed[doc] || seen[..seenCount].Contains(doc)) continue;
                if (seenCount < seen.Length) seen[seenCount++] = doc;
                found.Add(_ids[doc]);
                if (found.Count >= limit) break;
            }
        }
        return found;
    }

    /// <summary>Bytes held by the arrays: what the index costs in memory.</summary>
    public long Bytes => _ids.Length * 9L + _keys.Length * 12L + _heads.Length * 4L;

    /// <summary>Rebuilds the arrays without removed texts; the old handles are invalid afterwards, so it returns id → new handle.</summary>
    public Dictionary<long, int> Compact(Func<long, uint[]> sketchOf)
    {
        var keep = Enumerable.Range(0, _count).Where(d => !_removed[d]).Select(d => _ids[d]).ToList();
        _ids = new long[Math.Max(1024, keep.Count * 2)];
        _removed = new bool[_ids.Length];
        _keys = new uint[_ids.Length * Bands];
        _docs = new int[_keys.Length];
        _next = new int[_keys.Length];
        _heads = NewHeads(_keys.Length);
        _count = _entries = _live = 0;
        return keep.ToDictionary(id => id, id => Add(id, sketchOf(id)));
    }

    // 32 bits of the band's hash: the bucket comes from its low bits, so a wider table can re-chain entries;
    // a false match among 16 million entries is a 1-in-2^32 event per entry, and candidates are verified anyway.
    static uint BandKey(ReadOnlySpan<uint> sketch, int band)
    {
        var h = (ulong)(band + 1) * 0x9E3779B97F4A7C15UL;
        for (var r = 0; r < RowsPerBand; r++) h = Shingles.Mix(h ^ sketch[band * RowsPerBand + r]);
        return (uint)(h >> 32);
    }

    void GrowTexts()
    {
        Array.Resize(ref _ids, _ids.Length * 2);
        Array.Resize(ref _removed, _removed.Length * 2);
    }

    void GrowEntries()
    {
        var size = _keys.Length * 2;
        Array.Resize(ref _keys, size);
        Array.Resize(ref _docs, size);
        Array.Resize(ref _next, size);
        _heads = NewHeads(size);
        for (var e = 0; e < _entries; e++)
        {
            var bucket = (int)(_keys[e] & (uint)(_heads.Length - 1));
            _next[e] = _heads[bucket];
            _heads[bucket] = e;
        }
    }

    static int[] NewHeads(int size)
    {
        var heads = new int[size];
        Array.Fill(heads, -1);
        return heads;
    }
}
