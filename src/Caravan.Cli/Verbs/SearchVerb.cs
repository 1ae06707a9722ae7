using System.CommandLine;
using Caravan.Storage;
using Spectre.Console;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan search QUERY`: full-text search of stored articles, with the search page's filters and orders.</summary>
internal static class SearchVerb
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var query = new Argument<string>("query") { Description = "Words (all must match), \"a phrase\", prefix*, -excluded" };
        var limit = new Option<int>("--limit") { Description = "At most this many results (1-200)", DefaultValueFactory = _ => 20 };
        var country = new Option<string?>("--country") { Description = "Only articles about this country: code (KZ) or slug (kazakhstan)" };
        var topic = new Option<string?>("--topic") { Description = "Only articles with this topic tag" };
        var source = new Option<string?>("--source") { Description = "Only this outlet's articles (its number, see `caravan sources`)" };
        var language = new Option<string?>("--language") { Description = "Only articles in this language (en also matches en-GB)" };
        var since = new Option<string?>("--since") { Description = "Published on or after this day (YYYY-MM-DD, UTC) or time (RFC 3339)" };
        var until = new Option<string?>("--until") { Description = "Published up to this day, included (YYYY-MM-DD, UTC), or before this time (RFC 3339)" };
        var order = new Option<string?>("--order") { Description = "relevance (best match first, the default) or date (newest first)" };
        var cmd = new Command("search", "Full-text search of stored articles") { query, limit, country, topic, source, language, since, until, order, db, json };
        cmd.SetAction(async (r, ct) =>
        {
            var n = r.GetValue(limit);
            if (n is < 1 or > SearchQuery.MaxLimit) throw new UserError($"--limit must be between 1 and {SearchQuery.MaxLimit}");
            var request = new SearchRequest
            {
                Text = r.GetValue(query), Country = r.GetValue(country), Topic = r.GetValue(topic), Source = r.GetValue(source),
                Language = r.GetValue(language), Since = r.GetValue(since), Until = r.GetValue(until), Order = r.GetValue(order), Limit = n,
            };
            if (!request.TryToQuery(out var q, out var error)) throw new UserError(error);
            await using var store = await CliServices.OpenStoreAsync(r.GetValue(db)!, ct);
            var hits = await store.SearchAsync(q, ct);
            if (r.GetValue(json))
            {
                Output.WriteJson(hits.Select(h => new
                {
                    id = h.Article.Id, title = h.Article.Title, url = h.Article.Url, published = h.Article.PublishedAt, sourceId = h.Article.SourceId,
                    language = h.Article.Language,
                    snippet = h.Snippet.Replace(SearchSyntax.MatchStart.ToString(), "").Replace(SearchSyntax.MatchEnd.ToString(), ""), rank = h.Rank,
                }));
                return 0;
            }
            if (hits.Count == 0) { Console.WriteLine("no results"); return 0; }
            foreach (var h in hits)
            {
                var snippet = Markup.Escape(h.Snippet).Replace(SearchSyntax.MatchStart.ToString(), "[bold yellow]").Replace(SearchSyntax.MatchEnd.ToString(), "[/]");
                Output.Stdout.MarkupLine($"[bold]{Markup.Escape(h.Article.Title ?? "(untitled)")}[/] [dim]#{h.Article.Id} {h.Article.PublishedAt:yyyy-MM-dd}[/]");
                Output.Stdout.MarkupLine("  " + snippet);
            }
            return 0;
        });
        return cmd;
    }
}
