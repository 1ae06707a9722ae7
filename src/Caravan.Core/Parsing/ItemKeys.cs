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
        var idCounts = CountBy(drafts, d => Clean(d.Id));
        var linkCounts = CountBy(drafts, d => Clean(d.Link));
        var items = new List<ParsedItem>(drafts.Count);
        var reportedRepeat = false;
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var id = Clean(draft.Id);
            var link = Clean(draft.Link);
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
    private static Dictionary<string, int> CountBy(IReadOnlyList<ItemDraft> drafts, Func<ItemDraft, string?> select)
    {
        var indices = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < drafts.Count; i++)
        {
            var value = select(drafts[i]);
            if (value is null)
                continue;
            if (indices.TryGetValue(value, out var list))
                list.Add(i);
            else
                indices[value] = [i];
        }
        var counts = new Dictionary<string, int>(indices.Count, StringComparer.Ordinal);
        foreach (var (value, list) in indices)
            counts[value] = list.Count == 1 ? 1 : list.Select(i => BodyHash(drafts[i])).Distinct(StringComparer.Ordinal).Count();
        return counts;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string BodyHash(ItemDraft draft)
    {
        var text = string.Join('\u001F', draft.Title, draft.PublishedRaw?.Trim(), draft.UpdatedRaw?.Trim(), draft.Content ?? draft.Summary, draft.Link);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return "sha256:" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
