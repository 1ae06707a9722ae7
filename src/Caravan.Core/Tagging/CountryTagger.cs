using System.Text.RegularExpressions;
using Caravan.Model;

namespace Caravan.Tagging;

/// <summary>
/// Files an article under the countries it is about: mentions of names, capitals, major cities
/// and demonyms, weighted by where they stand (dateline, title, lead, body); the source's
/// country hint is weak evidence only. The first tag is the primary country.
/// </summary>
public static class CountryTagger
{
    const double DatelineWeight = 4, TitleWeight = 3, LeadWeight = 1.5, BodyWeight = 1, DemonymFactor = 0.5, HintWeight = 0.75;

    sealed record Matcher(Country Country, Regex Names, Regex Demonyms);

    static readonly Matcher[] Matchers = Countries.All.Select(c => new Matcher(c, Pattern(c.Names), Pattern(c.Demonyms))).ToArray();

    public static IReadOnlyList<Tag> Tag(string? title, string? dateline, string text, string? countryHint)
    {
        var lead = FirstParagraph(text);
        var body = text.Length > lead.Length ? text[lead.Length..] : "";
        var scored = new List<(Country Country, double Score, List<string> Why)>();
        foreach (var m in Matchers)
        {
            double score = 0;
            var why = new List<string>();
            Score(m, dateline, DatelineWeight, "dateline", ref score, why);
            Score(m, title, TitleWeight, "title", ref score, why);
            Score(m, lead, LeadWeight, "lead", ref score, why);
            Score(m, body, BodyWeight, "body", ref score, why);
            if (score > 0 && string.Equals(countryHint, m.Country.Code, StringComparison.OrdinalIgnoreCase))
            {
                score += HintWeight;
                why.Add("source country");
            }
            if (score > 0) scored.Add((m.Country, score, why));
        }
        if (scored.Count == 0)
        {
            var hinted = Countries.FromCode(countryHint);
            return hinted is null ? [] : [new Tag { Kind = TagKind.Country, Value = hinted.Code, Score = 0.3, Why = "source country only" }];
        }
        var max = scored.Max(s => s.Score);
        return scored
            .Where(s => s.Score >= max * 0.25 && s.Score >= 1)
            .OrderByDescending(s => s.Score).ThenBy(s => s.Country.Code, StringComparer.Ordinal)
            .Select(s => new Tag { Kind = TagKind.Country, Value = s.Country.Code, Score = Math.Round(s.Score / max, 3), Why = string.Join("; ", s.Why) })
            .ToList();
    }

    static void Score(Matcher m, string? text, double weight, string where, ref double score, List<string> why)
    {
        if (string.IsNullOrEmpty(text)) return;
        var names = m.Names.Matches(text);
        var demonyms = m.Demonyms.Matches(text);
        if (names.Count + demonyms.Count == 0) return;
        score += weight * (Saturate(names.Count) + DemonymFactor * Saturate(demonyms.Count));
        var spans = names.Concat(demonyms).Select(x => x.Value).Distinct().Take(3);
        why.Add($"{where}: {string.Join(", ", spans)}");
    }

    // Ten mentions are not ten times the evidence of one.
    static double Saturate(int n) => n == 0 ? 0 : 1 + Math.Log(n);

    static string FirstParagraph(string text)
    {
        var end = text.IndexOf("\n\n", StringComparison.Ordinal);
        return end < 0 ? text : text[..end];
    }

    static Regex Pattern(IReadOnlyList<string> names)
    {
        if (names.Count == 0) return new Regex("(?!)");
        // Cyrillic names take case endings (Казахстане, Қазақстанда): allow a short suffix on longer stems.
        var alternatives = names.OrderByDescending(n => n.Length).Select(n =>
            Regex.Escape(n) + (IsCyrillic(n) && n.Length >= 4 ? @"[\p{IsCyrillic}]{0,4}" : ""));
        return new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join("|", alternatives) + @")(?![\p{L}\p{N}])", RegexOptions.Compiled);
    }

    static bool IsCyrillic(string s) => s.Any(ch => ch is >= '\u0400' and <= '\u04FF');
}
