using System.Globalization;
using System.Text.RegularExpressions;
using Caravan.Tagging;

namespace Caravan.Storage;

/// <summary>
/// A search as people type it (the search page's form, /api/v1/search, `caravan search`): the words and each
/// filter as text, checked once into a <see cref="SearchQuery"/> or refused with one clear reason, so the
/// three entry points mean the same by the same values.
/// </summary>
public sealed partial record SearchRequest
{
    /// <summary>The longest query accepted: longer text is an error, not a search.</summary>
    public const int MaxTextLength = 500;

    public string? Text { get; init; }
    /// <summary>A country's code (KZ) or slug (kazakhstan), any case.</summary>
    public string? Country { get; init; }
    public string? Topic { get; init; }
    /// <summary>An outlet's number.</summary>
    public string? Source { get; init; }
    /// <summary>A BCP 47 language tag; its primary subtag matches (en covers en-GB).</summary>
    public string? Language { get; init; }
    /// <summary>A day (YYYY-MM-DD, from its start in UTC) or an RFC 3339 time.</summary>
    public string? Since { get; init; }
    /// <summary>A day (YYYY-MM-DD, up to its end in UTC: the day is included) or an RFC 3339 time (excluded).</summary>
    public string? Until { get; init; }
    /// <summary>relevance (best match first, the default) or date (newest first).</summary>
    public string? Order { get; init; }
    public int Limit { get; init; } = 20;

    // RFC 5646 §2.1: a primary language subtag of 2-8 letters, then subtags of 1-8 letters or digits.
    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();

    /// <summary>The store query, or false with the reason (one sentence naming the bad value) in <paramref name="error"/>.</summary>
    public bool TryToQuery(out SearchQuery query, out string error)
    {
        query = new SearchQuery { Text = "" };
        error = "";
        if (string.IsNullOrWhiteSpace(Text) || Text.Length > MaxTextLength) return Fail($"Give a query of 1 to {MaxTextLength} characters.", out error);
        string? country = null;
        if (!string.IsNullOrWhiteSpace(Country) && (country = (Countries.FromCode(Country.Trim()) ?? Countries.FromSlug(Country.Trim().ToLowerInvariant()))?.Code) is null)
            return Fail($"Unknown country '{Country}': give its code (KZ) or slug (kazakhstan).", out error);
        long? source = null;
        if (!string.IsNullOrWhiteSpace(Source))
        {
            if (!long.TryParse(Source.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
                return Fail($"Unknown source '{Source}': an outlet is given by its number.", out error);
            source = id;
        }
        var topic = string.IsNullOrWhiteSpace(Topic) ? null : Topic.Trim();
        if (topic is { Length: > 100 }) return Fail("A topic is at most 100 characters.", out error);
        var language = string.IsNullOrWhiteSpace(Language) ? null : Language.Trim();
        if (language is not null && !LanguageTag().IsMatch(language))
            return Fail($"Bad language '{Language}': give a language tag such as en, ru or kk.", out error);
        if (!TryTime(Since, endOfDay: false, out var since)) return Fail($"Bad since '{Since}': give a day (YYYY-MM-DD) or a time (RFC 3339).", out error);
        if (!TryTime(Until, endOfDay: true, out var until)) return Fail($"Bad until '{Until}': give a day (YYYY-MM-DD) or a time (RFC 3339).", out error);
        if (since is not null && until is not null && until <= since) return Fail("The date range is empty: until comes before since.", out error);
        SearchOrder order;
        switch (Order?.Trim().ToLowerInvariant())
        {
            case null or "" or "relevance": order = SearchOrder.Relevance; break;
            case "date": order = SearchOrder.Newest; break;
            default: return Fail($"Bad order '{Order}': give relevance or date.", out error);
        }
        query = new SearchQuery
        {
            Text = Text, Country = country, SourceId = source, Topic = topic, Language = language?.ToLowerInvariant(),
            Since = since, Until = until, Order = order, Limit = Math.Clamp(Limit, 1, SearchQuery.MaxLimit),
        };
        return true;
    }

    static bool Fail(string reason, out string error)
    {
        error = reason;
        return false;
    }

    /// <summary>A day is whole UTC days, as each entry's &lt;time datetime&gt; shows it: since its start, until its end.</summary>
    static bool TryTime(string? text, bool endOfDay, out DateTimeOffset? time)
    {
        time = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            time = new DateTimeOffset((endOfDay ? day.AddDays(1) : day).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return true;
        }
        // RFC 3339 §5.6: a full date-time carries its offset (Z or ±hh:mm); a time without one is refused.
        if (text.Length > 10 && (text.EndsWith('Z') || text.EndsWith('z') || text[^6] is '+' or '-')
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
        {
            time = t;
            return true;
        }
        return false;
    }
}
