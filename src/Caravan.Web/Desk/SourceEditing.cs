using System.Globalization;
using Caravan.Model;
using Caravan.Storage;

namespace Caravan.Web.Desk;

/// <summary>What an editor (desk form or API call) asks for when adding a source.</summary>
public sealed record NewSourceRequest(string? Url, string? Name = null, string? Country = null, bool Discover = true, int? RefreshIntervalMinutes = null);

/// <summary>The outcome of adding a source: added (or already there), several feeds to choose from, or refused with a reason.</summary>
public abstract record AddSourceOutcome
{
    public sealed record Added(Source Source, bool IsNew) : AddSourceOutcome;
    public sealed record ChooseFeed(Uri SiteUrl, IReadOnlyList<Uri> Feeds) : AddSourceOutcome;
    public sealed record Refused(string Reason) : AddSourceOutcome;
    public sealed record Unavailable(string Reason) : AddSourceOutcome;
}

/// <summary>
/// Adding and editing sources, shared by the desk and the write API so both validate alike. A site URL goes
/// through <see cref="Fetching.FeedDiscovery"/>, the code `caravan sources add` uses.
/// </summary>
public static class SourceEditing
{
    public const int MaxIntervalMinutes = 7 * 24 * 60;

    public static async Task<AddSourceOutcome> AddAsync(NewSourceRequest request, ICaravanStore store, DeskIngest? ingest, TimeProvider time, CancellationToken ct)
    {
        if (ParseHttpUrl(request.Url) is not { } url) return new AddSourceOutcome.Refused($"'{request.Url}' is not an http(s) URL.");
        if (CountryProblem(request.Country) is { } countryProblem) return new AddSourceOutcome.Refused(countryProblem);
        if (IntervalProblem(request.RefreshIntervalMinutes) is { } intervalProblem) return new AddSourceOutcome.Refused(intervalProblem);
        var feed = url;
        if (request.Discover)
        {
            if (ingest is null) return new AddSourceOutcome.Unavailable("This server does not fetch feeds, so it cannot discover one; add the feed URL without discovery.");
            var found = await ingest.Discovery.DiscoverAsync(url, ct);
            if (!found.Found) return new AddSourceOutcome.Refused($"No feed found at {url}: {found.Problem ?? "nothing that parses as a feed"}.");
            if (found.Feeds.Count > 1) return new AddSourceOutcome.ChooseFeed(url, found.Feeds);
            feed = found.Feeds[0];
        }
        var name = string.IsNullOrWhiteSpace(request.Name) ? feed.Host : request.Name.Trim();
        var added = await store.AddSourceAsync(new Source
        {
            Name = name, FeedUrl = feed, SiteUrl = new Uri(feed.GetLeftPart(UriPartial.Authority) + "/"),
            CountryHint = NullIfBlank(request.Country)?.ToUpperInvariant(), RefreshIntervalMinutes = request.RefreshIntervalMinutes,
            CreatedAt = time.GetUtcNow(),
        }, ct);
        return new AddSourceOutcome.Added(added.Source, added.IsNew);
    }

    public static Uri? ParseHttpUrl(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var u) && u.Scheme is "http" or "https" && u.Host.Length > 0 ? u : null;

    /// <summary>Null when the country hint is empty or an ISO 3166-1 alpha-2 code known to the gazetteer.</summary>
    public static string? CountryProblem(string? country) =>
        NullIfBlank(country) is { } cc && Tagging.Countries.FromCode(cc) is null ? $"'{cc}' is not an ISO 3166-1 country code such as KZ." : null;

    public static string? IntervalProblem(int? minutes) =>
        minutes is { } m && (m < 1 || m > MaxIntervalMinutes) ? $"A refresh interval is 1 to {MaxIntervalMinutes} minutes (empty: adapt to the outlet)." : null;

    /// <summary>A form field as an interval: empty is null (adaptive); anything else must be a whole number.</summary>
    public static bool TryParseInterval(string? text, out int? minutes)
    {
        minutes = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m)) return false;
        minutes = m;
        return true;
    }

    public static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
