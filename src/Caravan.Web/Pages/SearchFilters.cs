using System.Globalization;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Tagging;

namespace Caravan.Web.Pages;

/// <summary>The search page's filters as the reader gave them, validated: country, topic, outlet, language, date range, sort.</summary>
sealed record SearchFilters(string? Country, string? Topic, long? Outlet, string? Language, DateOnly? From, DateOnly? To, bool ByDate)
{
    public static bool TryParse(string? country, string? topic, string? outlet, string? lang, string? from, string? to, string? sort, out SearchFilters filters, out string error)
    {
        filters = new SearchFilters(null, null, null, null, null, null, false);
        error = "";
        string? code = null;
        if (!string.IsNullOrEmpty(country) && (code = (Countries.FromSlug(country) ?? Countries.FromCode(country))?.Code) is null) { error = $"Unknown country '{country}'."; return false; }
        long? outletId = null;
        if (!string.IsNullOrEmpty(outlet))
        {
            if (!long.TryParse(outlet, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) { error = "An outlet is given by its number."; return false; }
            outletId = id;
        }
        if (!TryDate(from, out var fromDate) || !TryDate(to, out var toDate)) { error = "Dates are YYYY-MM-DD."; return false; }
        if (sort is not (null or "" or "relevance" or "date")) { error = "Sort by relevance or date."; return false; }
        filters = new SearchFilters(code, string.IsNullOrWhiteSpace(topic) ? null : topic.Trim(), outletId,
            string.IsNullOrWhiteSpace(lang) ? null : lang.Trim().ToLowerInvariant(), fromDate, toDate, sort == "date");
        return true;
    }

    /// <summary>The store filters country and outlet; topic, language and dates are applied to its (at most 200) best hits.</summary>
    public SearchQuery Query(string text) => new() { Text = text, Country = Country, SourceId = Outlet, Limit = SearchQuery.MaxLimit };

    public async Task<IReadOnlyList<SearchHit>> ApplyAsync(IReadOnlyList<SearchHit> hits, ICaravanStore store, int limit, CancellationToken ct)
    {
        var kept = new List<SearchHit>();
        foreach (var h in hits)
        {
            var a = h.Article;
            var day = DateOnly.FromDateTime((a.PublishedAt ?? a.FirstSeenAt).UtcDateTime);
            if (Language is not null && !string.Equals(a.Language?.Split('-')[0], Language, StringComparison.OrdinalIgnoreCase)) continue;
            if (From is { } f && day < f) continue;
            if (To is { } t && day > t) continue;
            if (Topic is not null && !(await store.ListTagsAsync(a.Id, ct)).Any(tag => tag.Kind == TagKind.Topic && string.Equals(tag.Value, Topic, StringComparison.OrdinalIgnoreCase))) continue;
            kept.Add(h);
        }
        var sorted = ByDate ? kept.OrderByDescending(h => h.Article.PublishedAt ?? h.Article.FirstSeenAt).ThenByDescending(h => h.Article.Id).ToList() : kept;
        return sorted.Take(limit).ToList();
    }

    static bool TryDate(string? s, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(s)) return true;
        if (!DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return false;
        date = d;
        return true;
    }
}
