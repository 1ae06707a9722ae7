using System.CommandLine;
using Caravan.Storage;
using Spectre.Console;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan search QUERY`: full-text search of stored articles.</summary>
internal static class SearchVerb
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var query = new Argument<string>("query") { Description = "Words (all must match), \"a phrase\", prefix*, -excluded" };
        var limit = new Option<int>("--limit") { Description = "At most this many results (1-200)", DefaultValueFactory = _ => 20 };
        var cmd = new Command("search", "Full-text search of stored articles") { query, limit, db, json };
        cmd.SetAction(async (r, ct) =>
        {
            var n = r.GetValue(limit);
            if (n is < 1 or > SearchQuery.MaxLimit) throw new UserError($"--limit must be between 1 and {SearchQuery.MaxLimit}");
            await using var store = await CliServices.OpenStoreAsync(r.GetValue(db)!, ct);
            var hits = await store.SearchAsync(new SearchQuery { Text = r.GetValue(query)!, Limit = n }, ct);
            if (r.GetValue(json))
            {
                Output.WriteJson(hits.Select(h => new
                {
                    id = h.Article.Id, title = h.Article.Title, url = h.Article.Url, published = h.Article.PublishedAt, sourceId = h.Article.SourceId,
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
