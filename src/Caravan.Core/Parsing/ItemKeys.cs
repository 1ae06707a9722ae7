using System.Security.Cryptography;
using System.Text;

namespace Caravan.Parsing;

/// <summary>
/// Caravan's stable identity for items within one feed, after Miniflux and FreshRSS: the id the feed wrote,
/// else the link, else a hash of title + date + body. When a feed repeats an id for different items
/// (a CMS writing its home page as every guid), the repeated ids are combined with the link or body hash.
/// Identical repeated items keep one key, so storing them twice is idempotent.
/// </summary>
internal static class ItemKeys
{
    public static IReadOnlyList<ParsedItem> Assign(IReadOnlyList<ItemDraft> drafts, List<string> problems)
    {
        var ids = new string?[drafts.Count];
        var links = new string?[drafts.Count];
        for (var i = 0; i < drafts.Count; i++)
        {
            ids[i] = Clean(drafts[i].Id);
            links[i] = Clean(drafts[i].Link);
        }
        var idCounts = CountBy(drafts, ids);
        var linkCounts = CountBy(drafts, links);
        var items = new List<ParsedItem>(drafts.Count);
        var reportedRepeat = false;
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var id = ids[i];
            var link = links[i];
            string key;
            if (id is not null && idCounts[id] == 1)
                key = "id:" + id;
            else if (id is not null)
            {
                if (!reportedRepeat)
                    problems.Add($"id '{id}' is repeated by different items; keys combine it with the link or body");
                reportedRepeat = true;
                key = link is not null && linkCounts[link] == 1 ? "id:" + id + "|link:" + link : "id:" + id + "|" + BodyHash(draft);
            }
            else if (link is not null && linkCounts[link] == 1)
                key = "link:" + link;
            else if (link is not null)
                key = "link:" + link + "|" + BodyHash(draft);
            else
                key = BodyHash(draft);
            items.Add(draft.ToItem(key, problems, i));
        }
        return items;
    }

    /// <summary>How many distinct items carry each value; an item repeated verbatim is one item. Hashes only where a value repeats.</summary>
    private static Dictionary<string, int> CountBy(IReadOnlyList<ItemDraft> drafts, string?[] values)
    {
        // First count occurrences; the usual feed has no repeats, and then no item is hashed.
        var counts = new Dictionary<string, int>(values.Length, StringComparer.Ordinal);
        var repeated = false;
        foreach (var value in values)
        {
            if (value is null)
                continue;
            ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, value, out var exists);
            count++;
            repeated |= exists;
        }
        if (!repeated)
            return counts;
        var bodies = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
            if (values[i] is { } value && counts[value] > 1)
            {
                if (!bodies.TryGetValue(value, out var hashes))
                    bodies[value] = hashes = new HashSet<string>(StringComparer.Ordinal);
                hashes.Add(BodyHash(drafts[i]));
            }
        foreach (var (value, hashes) in bodies)
            counts[value] = hashes.Count;
        return counts;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [ThreadStatic]
    private static IncrementalHash? reusableSha256;

    private static string BodyHash(ItemDraft draft)
    {
        // SHA-256 of the UTF-8 of title, dates, body and link joined by U+001F, encoded in place rather than joined first.
        ReadOnlySpan<string?> parts = [draft.Title, draft.PublishedRaw?.Trim(), draft.UpdatedRaw?.Trim(), draft.Content ?? draft.Summary, draft.Link];
        var length = parts.Length - 1;
        foreach (var part in parts)
            length += part?.Length ?? 0;
        var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(length));
        try
        {
            var written = 0;
            for (var p = 0; p < parts.Length; p++)
            {
                if (p > 0)
                    rented[written++] = 0x1F;
                written += Encoding.UTF8.GetBytes(parts[p].AsSpan(), rented.AsSpan(written));
            }
            // One reusable hash object per thread: a one-shot hash sets up and tears down a native digest context each call.
            var sha = reusableSha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            sha.AppendData(rented.AsSpan(0, written));
            Span<byte> hash = stackalloc byte[32];
            sha.GetHashAndReset(hash);
            return "sha256:" + Convert.ToHexStringLower(hash[..16]);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
