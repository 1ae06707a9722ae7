using System.Text;
using Xunit.Abstractions;

namespace Caravan.Parsing.Conformance;

/// <summary>
/// Runs feedparser's own test cases (tests/data/feeds/feedparser, BSD licence) against Caravan's parser, projected onto
/// feedparser's result shape, and fails if any folder's pass rate drops below the level recorded in
/// <see cref="FeedparserPassRates"/>: the rates only go up.
/// </summary>
public sealed class FeedparserConformanceTests(ITestOutputHelper output)
{
    private sealed record Outcome(FeedparserCase Case, bool Passed, string? Why);

    [Fact]
    public void FeedparserSuite_PassRatesNeverDropBelowRecorded()
    {
        var outcomes = Run().ToList();
        var report = new StringBuilder();
        var failures = new List<string>();
        foreach (var group in outcomes.GroupBy(o => Suite(o.Case)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var passed = group.Count(o => o.Passed);
            var rate = 100.0 * passed / group.Count();
            report.AppendLine($"{group.Key,-32} {passed,5}/{group.Count(),-5} {rate,6:F1}%");
            var recorded = FeedparserPassRates.Minimum.GetValueOrDefault(group.Key);
            if (rate + 1e-9 < recorded)
                failures.Add($"{group.Key}: {rate:F1}% < recorded {recorded:F1}%");
        }
        foreach (var outcome in outcomes.Where(o => !o.Passed))
            report.AppendLine($"FAIL {outcome.Case.RelativePath}: {outcome.Why}");
        output.WriteLine(report.ToString());
        if (Environment.GetEnvironmentVariable("CARAVAN_CONFORMANCE_REPORT") is { Length: > 0 } reportPath)
            File.WriteAllText(reportPath, report.ToString());
        Assert.True(outcomes.Count > 900, $"only {outcomes.Count} cases found");
        Assert.Empty(failures);
    }

    /// <summary>Pass-rate groups: the suite, plus the sub-folder for wellformed (e.g. "wellformed/atom10").</summary>
    internal static string Suite(FeedparserCase c)
    {
        var parts = c.RelativePath.Split('/');
        return parts[0] == "wellformed" && parts.Length > 2 ? parts[0] + "/" + parts[1] : parts[0];
    }

    private static IEnumerable<Outcome> Run()
    {
        foreach (var c in FeedparserCase.LoadAll(TestData.PathOf("feeds", "feedparser", "tests")))
        {
            if (FeedparserExclusions.Folders.ContainsKey(c.Folder) || FeedparserExclusions.Cases.ContainsKey(c.RelativePath))
                continue;
            if (SkippedForMissingCodec(c))
                continue;
            yield return Evaluate(c);
        }
    }

    private static Outcome Evaluate(FeedparserCase c)
    {
        var url = c.ServedOverHttp ? new Uri(FeedparserCase.HttpRoot + c.RelativePath) : null;
        var contentType = c.ServedOverHttp ? c.Headers.GetValueOrDefault("Content-type") ?? "text/xml" : null;
        var feed = FeedParser.Parse(c.Body, FeedParseOptions.Default, url, contentType, c.Headers.GetValueOrDefault("Content-Location"), c.Headers.GetValueOrDefault("Content-Language"));
        var view = FeedparserView.Build(feed);
        var bozo = (bool)view["bozo"]!;
        // Upstream harness: wellformed cases must not be bozo; illformed cases served over HTTP must be.
        if (c.RelativePath.StartsWith("wellformed/", StringComparison.Ordinal) && bozo)
            return new Outcome(c, false, "bozo: " + view["bozo_exception"]);
        if (c.RelativePath.StartsWith("illformed/", StringComparison.Ordinal) && c.ServedOverHttp && !bozo)
            return new Outcome(c, false, "expected bozo");
        try
        {
            var passed = new PyEvaluator(view).Evaluate(c.Expect);
            return new Outcome(c, passed, passed ? null : "expectation false: " + c.Expect);
        }
        catch (PyMissingKeyException e)
        {
            return new Outcome(c, false, $"not modelled ({e.Key}): {c.Expect}");
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or ArgumentException or OverflowException)
        {
            return new Outcome(c, false, $"evaluator: {e.Message}: {c.Expect}");
        }
    }

    /// <summary>SkipUnless guards on a Python codec; the case is skipped, as upstream does, when .NET has no such encoding.</summary>
    private static bool SkippedForMissingCodec(FeedparserCase c)
    {
        if (c.SkipUnless is null)
            return false;
        var match = System.Text.RegularExpressions.Regex.Match(c.SkipUnless, @"lookup\('([^']+)'\)");
        if (!match.Success)
            return false;
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            Encoding.GetEncoding(match.Groups[1].Value);
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
