using System.CommandLine;
using Caravan.Fetching;
using Caravan.Model;
using Caravan.Storage;
using Spectre.Console;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan sources add|list|remove`: manage the outlets Caravan polls.</summary>
internal static class SourcesVerb
{
    public static Command Create() => new("sources", "Manage sources: add, list, remove") { Add(), List(), Remove() };

    static Command Add()
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var url = new Argument<string>("url") { Description = "Feed URL (or the outlet's site URL)" };
        var name = new Option<string?>("--name") { Description = "Outlet name (default: the host name)" };
        var country = new Option<string?>("--country") { Description = "ISO 3166-1 alpha-2 country hint, e.g. KZ" };
        var language = new Option<string?>("--language") { Description = "ISO 639-1 language hint, e.g. ru" };
        var noDiscover = new Option<bool>("--no-discover") { Description = "Add the URL as the feed URL without fetching it" };
        var cmd = new Command("add", "Add a source; a site URL is fetched and its feed discovered") { url, name, country, language, noDiscover, db, json };
        cmd.SetAction(async (r, ct) =>
        {
            var feedUrl = ParseHttpUrl(r.GetValue(url)!);
            var cc = r.GetValue(country);
            if (cc is not null && (cc.Length != 2 || !cc.All(char.IsAsciiLetter)))
                throw new UserError($"--country takes a two-letter ISO code such as KZ, not '{cc}'");
            if (!r.GetValue(noDiscover))
                feedUrl = await DiscoverAsync(feedUrl, ct);
            await using var store = await CliServices.OpenStoreAsync(r.GetValue(db)!, ct);
            var added = await store.AddSourceAsync(new Source
            {
                Name = r.GetValue(name) ?? feedUrl.Host,
                FeedUrl = feedUrl,
                SiteUrl = new Uri(feedUrl.GetLeftPart(UriPartial.Authority) + "/"),
                CountryHint = cc?.ToUpperInvariant(),
                LanguageHint = r.GetValue(language)?.ToLowerInvariant(),
            }, ct);
            if (r.GetValue(json)) Output.WriteJson(new { id = added.Source.Id, name = added.Source.Name, feedUrl = added.Source.FeedUrl, added = added.IsNew });
            else Console.WriteLine(added.IsNew ? $"added source {added.Source.Id}: {added.Source.Name} <{added.Source.FeedUrl}>"
                                                : $"source {added.Source.Id} already has this feed URL: {added.Source.Name}");
            return 0;
        });
        return cmd;
    }

    /// <summary>The feed behind a URL: the URL itself if it is a feed, else what the page advertises or a common feed path.</summary>
    static async Task<Uri> DiscoverAsync(Uri url, CancellationToken ct)
    {
        using var fetcher = new HttpFetcher(CliServices.FetchOptions(), CliServices.Time);
        var found = await new FeedDiscovery(fetcher).DiscoverAsync(url, ct);
        if (!found.Found)
            throw new UserError($"no feed found at {url}: {found.Problem ?? "nothing that parses as a feed"} (use --no-discover to add it anyway)");
        if (found.Feeds[0] != url) Console.Error.WriteLine($"caravan: discovered the feed {found.Feeds[0]}");
        return found.Feeds[0];
    }

    static Command List()
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var cmd = new Command("list", "List sources with their health") { db, json };
        cmd.SetAction(async (r, ct) =>
        {
            await using var store = await CliServices.OpenStoreAsync(r.GetValue(db)!, ct);
            var sources = await store.ListSourcesAsync(ct);
            if (r.GetValue(json))
            {
                Output.WriteJson(sources.Select(s => new
                {
                    id = s.Id, name = s.Name, feedUrl = s.FeedUrl, siteUrl = s.SiteUrl, kind = s.Kind, country = s.CountryHint, language = s.LanguageHint,
                    enabled = s.Enabled, health = Health(s), lastSuccess = s.FetchState.LastSuccessAt, nextCheck = s.FetchState.NextCheckAt,
                    failures = s.FetchState.ConsecutiveFailures, lastError = s.FetchState.LastError,
                }));
                return 0;
            }
            var t = new Table().AddColumns("id", "name", "feed", "country", "health", "last error");
            foreach (var s in sources)
                t.AddRow(s.Id.ToString(), Markup.Escape(s.Name), Markup.Escape(s.FeedUrl.AbsoluteUri), s.CountryHint ?? "", Health(s), Markup.Escape(s.FetchState.LastError ?? ""));
            Output.Stdout.Write(t);
            return 0;
        });
        return cmd;
    }

    static Command Remove()
    {
        var db = CommonOptions.Db();
        var id = new Argument<long>("id") { Description = "Source id (see `caravan sources list`)" };
        var cmd = new Command("remove", "Remove a source with its articles and history") { id, db };
        cmd.SetAction(async (r, ct) =>
        {
            await using var store = await CliServices.OpenStoreAsync(r.GetValue(db)!, ct);
            if (!await store.RemoveSourceAsync(r.GetValue(id), ct)) throw new UserError($"there is no source {r.GetValue(id)}");
            Console.WriteLine($"removed source {r.GetValue(id)}");
            return 0;
        });
        return cmd;
    }

    internal static string Health(Source s) =>
        !s.Enabled ? "disabled" : s.FetchState.Broken ? "broken" : s.FetchState.ConsecutiveFailures > 0 ? "failing"
        : s.FetchState.LastSuccessAt is null ? "new" : "healthy";

    internal static Uri ParseHttpUrl(string text)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var u) || u.Scheme is not ("http" or "https") || string.IsNullOrEmpty(u.Host))
            throw new UserError($"'{text}' is not an http(s) URL");
        return u;
    }
}
