using System.CommandLine;
using Spectre.Console;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan stats`: counts of sources, articles, versions, stories and tags.</summary>
internal static class StatsVerb
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var cmd = new Command("stats", "Counts of sources (healthy/failing), articles, versions, stories and tags by kind") { db, json };
        cmd.SetAction(async (r, ct) =>
        {
            await using var store = await CliServices.OpenStoreAsync(r.GetValue(db)!, ct);
            var s = await store.GetStatsAsync(ct);
            if (r.GetValue(json))
            {
                Output.WriteJson(new { sources = s.Sources, articles = s.Articles, versions = s.Versions, stories = s.Stories, tags = s.Tags, failingSources = s.FailingSources });
                return 0;
            }
            var t = new Table().AddColumn("what").AddColumn(new TableColumn("count").RightAligned());
            t.AddRow("sources", $"{s.Sources} ({s.Sources - s.FailingSources} healthy, {s.FailingSources} failing)");
            t.AddRow("articles", s.Articles.ToString());
            t.AddRow("versions", s.Versions.ToString());
            t.AddRow("stories", s.Stories.ToString());
            foreach (var (kind, n) in s.Tags) t.AddRow($"tags: {kind}", n.ToString());
            Output.Stdout.Write(t);
            return 0;
        });
        return cmd;
    }
}
