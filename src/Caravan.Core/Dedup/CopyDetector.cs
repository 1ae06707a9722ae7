namespace Caravan.Dedup;

/// <summary>
/// Streams reports in and says, for each, whether it is a duplicate (same outlet, same body), a new
/// version (same outlet, near-duplicate body within <see cref="DedupOptions.VersionWindow"/>) or a
/// syndicated copy (another outlet, same or near body) of a report already seen. Exact matches come
/// from the normalized content hash and the canonical URL; near ones from <see cref="NearDuplicateIndex"/>
/// candidates verified by exact shingle overlap. Memory is bounded by <see cref="DedupOptions.IndexWindow"/>.
/// </summary>
public sealed class CopyDetector(DedupOptions? options = null)
{
    readonly DedupOptions _options = (options ?? new DedupOptions()).Validate();
    readonly NearDuplicateIndex _index = new();
    readonly Dictionary<long, SeenReport> _seen = [];
    readonly Dictionary<string, long> _byHash = new(StringComparer.Ordinal);
    readonly Dictionary<string, long> _byUrl = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<long>> _byTitle = new(StringComparer.Ordinal);
    readonly Dictionary<long, List<long>> _copies = [];

    public int Count => _seen.Count;
    public long IndexBytes => _index.Bytes;

    /// <summary>Decides the links of a new report and remembers it (and a link given by <paramref name="known"/>, when warming from the store).</summary>
    public DedupLinks Add(DedupDocument doc, DedupLinks? known = null)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var shingles = Shingles.Of(doc.Title, doc.Text);
        var report = new SeenReport(doc, shingles, MinHash.Sketch(shingles), ContentHash.Of(doc.Title, doc.Text),
            UrlCanonicalizer.Canonicalize(doc.Url, doc.CanonicalUrl));
        var links = known ?? Decide(report);
        report.Target = links.Target;
        Remember(report, links);
        return links with { SimHash = SimHash.Of(shingles) };
    }

    /// <summary>The report a remembered one belongs under (duplicate, version or copy of), if any.</summary>
    public long? TargetOf(long id) => _seen.TryGetValue(id, out var r) ? r.Target : null;

    /// <summary>Is <paramref name="changed"/> (a new body under a remembered report's id) still a near-duplicate of the body remembered?</summary>
    public bool IsNearRemembered(DedupDocument changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        if (!_seen.TryGetValue(changed.Id, out var old)) return false;
        var overlap = ShingleOverlap.Of(Shingles.Of(changed.Title, changed.Text), old.Shingles);
        return overlap.Jaccard >= _options.MinJaccard || overlap.SmallerCount >= _options.MinContainedShingles && overlap.Containment >= _options.MinContainment;
    }

    /// <summary>Forgets reports published before <paramref name="cutoff"/>: they stay linked in the store.</summary>
    public void Evict(DateTimeOffset cutoff)
    {
        foreach (var old in _seen.Values.Where(r => r.Time < cutoff).ToList())
        {
            _seen.Remove(old.Doc.Id);
            _index.Remove(old.Handle);
            if (_byHash.GetValueOrDefault(old.Hash) == old.Doc.Id) _byHash.Remove(old.Hash);
            if (old.Url is not null && _byUrl.GetValueOrDefault(old.Url) == old.Doc.Id) _byUrl.Remove(old.Url);
            if (_byTitle.TryGetValue(old.Title, out var titled) && titled.Remove(old.Doc.Id) && titled.Count == 0) _byTitle.Remove(old.Title);
            _copies.Remove(old.Doc.Id);
        }
        // Removed texts leave dead entries behind; rebuild once they outnumber the live ones.
        if (_index.Dead <= _index.Count + 1024) return;
        foreach (var (id, handle) in _index.Compact(id => _seen[id].Sketch)) _seen[id].Handle = handle;
    }

    DedupLinks Decide(SeenReport r)
    {
        // Exact: same canonical URL or same normalized body.
        long? exact = r.Url is not null && _byUrl.TryGetValue(r.Url, out var u) ? u : _byHash.TryGetValue(r.Hash, out var h) ? h : null;
        if (exact is { } e && _seen.TryGetValue(e, out var same) && same.Doc.Id != r.Doc.Id)
            return Link(r, same, isExact: true);

        // An attributed copy whose original's body could not be had (a summary-only feed): the same
        // title from the outlet the attribution names is enough.
        if (r.Title.Length > 0 && _byTitle.TryGetValue(r.Title, out var sameTitle))
            foreach (var id in sameTitle)
                if (_seen.TryGetValue(id, out var t) && !SameOutlet(r, t) && (Attributes(r, t) || Attributes(t, r)))
                    return Link(r, t, isExact: true);

        SeenReport? best = null;
        var bestScore = 0.0;
        foreach (var id in _index.Candidates(r.Sketch))
        {
            if (!_seen.TryGetValue(id, out var c) || id == r.Doc.Id) continue;
            var overlap = ShingleOverlap.Of(r.Shingles, c.Shingles);
            var contained = overlap.SmallerCount >= _options.MinContainedShingles && overlap.Containment >= _options.MinContainment;
            if (overlap.Jaccard < _options.MinJaccard && !contained) continue;
            // Attribution beats similarity: a copy naming this outlet is linked to it whatever the score.
            var score = Math.Max(overlap.Jaccard, overlap.Containment * 0.99) + (Attributes(r, c) ? 1 : 0);
            if (score > bestScore) { best = c; bestScore = score; }
        }
        return best is null ? new DedupLinks() : Link(r, best, isExact: false);
    }

    DedupLinks Link(SeenReport r, SeenReport match, bool isExact)
    {
        var root = Root(match);
        if (!IsOriginalOver(r, root)) return LinkTo(r, root, isExact);
        // The newcomer is the original: the former original and its copies move under it, linked as a
        // run in publication order would have linked them, so arrival order leaves no trace.
        var family = new List<SeenReport> { root, r };
        if (_copies.TryGetValue(root.Doc.Id, out var copies))
            family.AddRange(copies.Select(id => _seen.GetValueOrDefault(id)).OfType<SeenReport>());
        var former = family.Where(f => f != r).ToList();
        return new DedupLinks
        {
            Repointed = former.Select(f => new RepointedLinks(f.Doc.Id, LinkTo(f, r, family.Any(o => o != f && ReportOrder.Precedes(o.Doc, f.Doc) && SameBody(o, f))))).ToList(),
        };
    }

    /// <summary>Does <paramref name="r"/> rank as the original over <paramref name="root"/>? Same outlet: the earlier; otherwise attribution first, then the earlier.</summary>
    static bool IsOriginalOver(SeenReport r, SeenReport root) => SameOutlet(r, root)
        ? ReportOrder.Precedes(r.Doc, root.Doc)
        : Attributes(root, r) || !Attributes(r, root) && ReportOrder.Precedes(r.Doc, root.Doc);

    DedupLinks LinkTo(SeenReport copy, SeenReport original, bool isExact)
    {
        if (!SameOutlet(copy, original)) return new DedupLinks { SyndicatedFrom = original.Doc.Id };
        var withinWindow = (copy.Time - original.Time).Duration() <= _options.VersionWindow;
        return !isExact && withinWindow ? new DedupLinks { VersionOf = original.Doc.Id } : new DedupLinks { DuplicateOf = original.Doc.Id };
    }

    static bool SameBody(SeenReport a, SeenReport b) => a.Hash == b.Hash || a.Url is not null && a.Url == b.Url;

    void Remember(SeenReport r, DedupLinks links)
    {
        r.Handle = _index.Add(r.Doc.Id, r.Sketch);
        _seen[r.Doc.Id] = r;
        _byHash.TryAdd(r.Hash, r.Doc.Id);
        if (r.Url is not null) _byUrl.TryAdd(r.Url, r.Doc.Id);
        if (r.Title.Length > 0) (_byTitle.TryGetValue(r.Title, out var list) ? list : _byTitle[r.Title] = []).Add(r.Doc.Id);
        if (links.Target is { } t) Copies(t).Add(r.Doc.Id);
        if (links.NowCopiesOfThis.Count == 0) return;
        var mine = Copies(r.Doc.Id);
        foreach (var id in links.NowCopiesOfThis)
        {
            if (_seen.TryGetValue(id, out var former)) { former.Target = r.Doc.Id; _copies.Remove(id); }
            mine.Add(id);
        }
        // The new original takes the exact-match slots of its copies.
        _byHash[r.Hash] = r.Doc.Id;
    }

    List<long> Copies(long id) => _copies.TryGetValue(id, out var list) ? list : _copies[id] = [];

    SeenReport Root(SeenReport r)
    {
        for (var hops = 0; r.Target is { } t && hops < 8 && _seen.TryGetValue(t, out var up); hops++) r = up;
        return r;
    }

    static bool SameOutlet(SeenReport a, SeenReport b) => a.Doc.Source is { } s && s == b.Doc.Source;

    /// <summary>Does <paramref name="copy"/>'s attribution line name <paramref name="original"/>'s outlet or URL?</summary>
    static bool Attributes(SeenReport copy, SeenReport original)
    {
        if (copy.OriginalUrl is { } url && url == original.Url) return true;
        if (copy.OriginalOutlet is not { Length: > 0 } named) return false;
        return original.OutletNames.Any(n => n == named || n.Contains(named, StringComparison.Ordinal) || named.Contains(n, StringComparison.Ordinal));
    }

    sealed class SeenReport(DedupDocument doc, ulong[] shingles, uint[] sketch, string hash, string? url)
    {
        public DedupDocument Doc { get; } = doc;
        public ulong[] Shingles { get; } = shingles;
        public uint[] Sketch { get; } = sketch;
        public string Hash { get; } = hash;
        public string? Url { get; } = url;
        public string Title { get; } = ContentHash.Normalize(doc.Title ?? "");
        public DateTimeOffset Time { get; } = doc.Published ?? DateTimeOffset.MinValue;
        public string? OriginalUrl { get; } = UrlCanonicalizer.Canonicalize(doc.OriginalUrl);
        public string? OriginalOutlet { get; } = doc.OriginalOutlet is { } o ? ContentHash.Normalize(o) : null;
        public string[] OutletNames { get; } = OutletNamesOf(doc);
        public long? Target { get; set; }
        public int Handle { get; set; }
    }

    static string[] OutletNamesOf(DedupDocument doc)
    {
        var names = new List<string>();
        if (doc.SourceName is { Length: > 0 } n) names.Add(ContentHash.Normalize(n));
        if (doc.Source is { Length: > 0 } s && !long.TryParse(s, out _)) names.Add(ContentHash.Normalize(s));
        if (Uri.TryCreate(doc.Url, UriKind.Absolute, out var u)) names.Add(ContentHash.Normalize(u.Host.Replace('-', ' ').Replace('.', ' ')));
        return names.Where(x => x.Length >= 3).Distinct().ToArray();
    }
}
