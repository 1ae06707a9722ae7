using Caravan.Storage;

namespace Caravan.Web.Pages;

/// <summary>
/// The search page's form fields (q, country, topic, outlet, lang, from, to, sort) as a <see cref="SearchRequest"/>:
/// the same checks and meaning as /api/v1/search and `caravan search`. Dates are whole UTC days, as the
/// `&lt;time datetime&gt;` of each entry shows them: from the start of From to the end of To.
/// </summary>
static class SearchFilters
{
    public static SearchRequest Request(string? q, string? country, string? topic, string? outlet, string? lang, string? from, string? to, string? sort, int limit) => new()
    {
        Text = q, Country = country, Topic = topic, Source = outlet, Language = lang, Since = from, Until = to, Order = sort, Limit = limit,
    };
}
