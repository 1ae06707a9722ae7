using System.CommandLine;
using System.Globalization;
using Caravan.Web.Digests;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan digest --date D --region central-asia --format md|html [--week]`: a region's top stories for newsletters.</summary>
internal static class DigestVerb
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var date = new Option<string>("--date") { Description = "The UTC day (YYYY-MM-DD); with --week, the last day of the week", Required = true };
        var region = new Option<string>("--region") { Description = "central-asia, or a country slug such as kazakhstan", DefaultValueFactory = _ => "central-asia" };
        var format = new Option<string>("--format") { Description = "md (Markdown) or html", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "html");
        var week = new Option<bool>("--week") { Description = "The seven days ending on --date instead of one day" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Link entries to Caravan's article pages at this address instead of the outlets' pages" };
        var cmd = new Command("digest", "A daily or weekly digest of a region's top stories as Markdown or HTML on stdout") { db, date, region, format, week, baseUrl };
        cmd.SetAction(async (r, ct) =>
        {
            if (!DateOnly.TryParseExact(r.GetValue(date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
                throw new UserError($"--date must be YYYY-MM-DD, not '{r.GetValue(date)}'.");
            var where = DigestRegion.FromSlug(r.GetValue(region)!) ?? throw new UserError($"Unknown region '{r.GetValue(region)}'; use central-asia or a country slug.");
            Uri? link = null;
            if (r.GetValue(baseUrl) is { } b && !Uri.TryCreate(b, UriKind.Absolute, out link))
                throw new UserError($"--base-url must be an absolute URL, not '{b}'.");
            await using var store = await CliServices.OpenStoreAsync(r.GetValue(db)!, ct);
            var digest = await DigestBuilder.BuildAsync(store, where, r.GetValue(week) ? to.AddDays(-6) : to, to, ct);
            Console.Out.Write(r.GetValue(format) == "html"
                ? $"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{System.Net.WebUtility.HtmlEncode(digest.Title)}</title>\n</head>\n<body>\n{DigestWriters.HtmlFragment(digest, link)}</body>\n</html>\n"
                : DigestWriters.Markdown(digest, link));
            return 0;
        });
        return cmd;
    }
}
