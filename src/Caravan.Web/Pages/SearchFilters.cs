using System.Globalization;
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

    /// <summary>
    /// The store applies every filter to the whole match set. Dates are whole UTC days, as the
    /// `&lt;time datetime&gt;` of each entry shows them: from the start of From to the end of To.
    /// </summary>
    public SearchQuery Query(string text, int limit) => new()
    {
        Text = text, Country = Country, SourceId = Outlet, Topic = Topic, Language = Language,
        Since = From is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
        Until = To is { } t ? new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
        Order = ByDate ? SearchOrder.Newest : SearchOrder.Relevance,
        Limit = limit,
    };

    static bool TryDate(string? s, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(s)) return true;
        if (!DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return false;
        date = d;
        return true;
    }
}
