namespace Caravan.Dedup;

/// <summary>
/// Which of two reports came first, whatever order they arrived in (several workers ingest at once):
/// the earlier publication time, then the lower source id, then the lower item key, then the lower id.
/// The ingest passes the first-seen time as the publication time only when the feed gave none; a
/// report with no time at all (`caravan cluster` input) comes after every dated one, then by id (its
/// place in the input).
/// </summary>
public static class ReportOrder
{
    /// <summary>Negative when <paramref name="a"/> came first.</summary>
    public static int Compare(DedupDocument a, DedupDocument b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var byTime = (a.Published ?? DateTimeOffset.MaxValue).CompareTo(b.Published ?? DateTimeOffset.MaxValue);
        if (byTime != 0) return byTime;
        var bySource = CompareIds(a.Source, b.Source);
        if (bySource != 0) return bySource;
        var byKey = string.CompareOrdinal(a.ItemKey, b.ItemKey);
        return byKey != 0 ? byKey : a.Id.CompareTo(b.Id);
    }

    /// <summary>Does <paramref name="a"/> come before <paramref name="b"/>?</summary>
    public static bool Precedes(DedupDocument a, DedupDocument b) => Compare(a, b) < 0;

    // Stored source ids are numbers: "9" comes before "10".
    static int CompareIds(string? a, string? b) =>
        long.TryParse(a, out var x) && long.TryParse(b, out var y) ? x.CompareTo(y) : string.CompareOrdinal(a, b);
}
