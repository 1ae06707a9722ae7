namespace Caravan.Tagging;

/// <summary>A country an article is filed under, with its relative score (the primary scores 1) and the evidence.</summary>
public sealed record CountryScore(string Code, double Score, string Why);

/// <summary>
/// Decides where an article happened: each mention counts by where it stands (dateline, title,
/// lead, body) and what it is (a country or place name counts fully, a person or organisation
/// less, a demonym half, an ethnic demonym hardly: "ethnic Kazakh in Xinjiang" is about China);
/// repeated mentions add less and less. The source's country is weak evidence only.
/// </summary>
public static class CountryScorer
{
    const double HintWeight = 1.5, HintOnlyScore = 0.3, SecondaryShare = 0.3, SecondaryMinimum = 1.2;

    public static IReadOnlyList<CountryScore> Score(IEnumerable<Mention> mentions, string? countryHint)
    {
        var evidence = new Dictionary<string, (double Score, Dictionary<Zone, int> Seen, List<string> Why)>();
        foreach (var m in mentions)
        {
            if (m.Entry.Country is not { } code) continue;
            if (!evidence.TryGetValue(code, out var e)) evidence[code] = e = (0, [], []);
            var seen = e.Seen.GetValueOrDefault(m.Zone) + 1;
            e.Seen[m.Zone] = seen;
            var score = e.Score + ZoneWeight(m.Zone) * KindWeight(m) / seen;
            var label = $"{m.Zone.ToString().ToLowerInvariant()}: {m.Span}";
            if (e.Why.Count < 6 && !e.Why.Contains(label)) e.Why.Add(label);
            evidence[code] = (score, e.Seen, e.Why);
        }
        var hint = countryHint?.ToUpperInvariant();
        if (hint is not null && evidence.TryGetValue(hint, out var h))
        {
            h.Why.Add("source country");
            evidence[hint] = (h.Score + HintWeight, h.Seen, h.Why);
        }
        if (evidence.Count == 0)
            return hint is null || Countries.FromCode(hint) is null ? [] : [new CountryScore(hint, HintOnlyScore, "source country only")];
        var max = evidence.Values.Max(v => v.Score);
        // Secondary countries are measured against the text's own evidence, not the source's hint.
        var maxFromText = evidence.Max(kv => kv.Value.Score - (kv.Key == hint ? HintWeight : 0));
        return evidence
            .Where(kv => kv.Value.Score >= max || (kv.Value.Score >= SecondaryMinimum
                && kv.Value.Score >= maxFromText * (kv.Value.Seen.Values.Sum() >= 2 ? SecondaryShare / 2 : SecondaryShare)))
            .OrderByDescending(kv => kv.Value.Score).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new CountryScore(kv.Key, Math.Round(kv.Value.Score / max, 3), string.Join("; ", kv.Value.Why)))
            .ToList();
    }

    static double ZoneWeight(Zone zone) => zone switch
    {
        Zone.Dateline => 5,
        Zone.Title => 3,
        Zone.Lead => 1.5,
        _ => 1,
    };

    static double KindWeight(Mention m) => m.Kind switch
    {
        AliasKind.Demonym => m.Ethnic ? 0.1 : 0.5,
        _ => m.Entry.Kind switch
        {
            EntryKind.Country or EntryKind.Region or EntryKind.City or EntryKind.Place => 1,
            EntryKind.Person => 0.7,
            _ => 0.4,
        },
    };
}
