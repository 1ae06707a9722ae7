namespace Caravan.Tagging;

/// <summary>Groups mentions by entry: one tag per place, person or organisation, scored by position and frequency.</summary>
public static class EntityTags
{
    public static IReadOnlyList<EntityTag> From(IEnumerable<Mention> mentions, Func<GazetteerEntry, bool> which) =>
        mentions.Where(m => m.Kind != AliasKind.Demonym && which(m.Entry))
            .GroupBy(m => m.Entry.Id)
            .Select(g =>
            {
                var score = g.Sum(m => m.Zone is Zone.Body ? 1.0 : 2.0);
                var spans = g.Select(m => m.Span).Distinct().Take(4);
                return new EntityTag(g.Key, g.First().Entry.Name, g.First().Entry.Kind, score, string.Join(", ", spans));
            })
            .OrderByDescending(t => t.Score).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
}
