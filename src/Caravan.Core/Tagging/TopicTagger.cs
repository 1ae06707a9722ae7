using System.Globalization;

namespace Caravan.Tagging;

/// <summary>
/// Picks an article's topics: the rules' scores (<see cref="TopicRules"/>), raised or lowered by
/// the naive Bayes model when there is one, and the source's own categories as extra evidence.
/// A topic needs an absolute score and a share of the best topic's; at most three are kept.
/// </summary>
public static class TopicTagger
{
    public const double MinScore = 5, MinShare = 0.5, ModelWeight = 2, CategoryBonus = 3;
    public const int MaxTopics = 3;

    public static IReadOnlyList<TopicScore> Tag(string? title, string text, string? language, TopicModel? model, IEnumerable<string>? categories = null)
    {
        var titleWords = TopicWords.Of(title);
        var words = new List<string>(titleWords);
        words.AddRange(TopicWords.Of(text));
        var scores = TopicRules.Default.Score(words, titleWords.Count, language);
        var combined = scores.ToDictionary(kv => kv.Key, kv => (kv.Value.Score, Why: "words: " + string.Join(", ", kv.Value.Why)));
        if (model is not null)
        {
            foreach (var (topic, p) in model.Predict(words))
            {
                var (s, why) = combined.GetValueOrDefault(topic, (0, ""));
                if (s == 0) continue; // the model refines what the rules see; it never tags on its own
                combined[topic] = (s + ModelWeight * (p - 0.5) * 2, string.Create(CultureInfo.InvariantCulture, $"{why}; model {p:0.00}"));
            }
        }
        foreach (var topic in CategoryMap.Topics(categories ?? []))
        {
            var (s, why) = combined.GetValueOrDefault(topic, (0, ""));
            combined[topic] = (s + CategoryBonus, (why.Length > 0 ? why + "; " : "") + "source category");
        }
        if (combined.Count == 0) return [];
        var best = combined.Values.Max(v => v.Score);
        return combined
            .Where(kv => kv.Value.Score >= MinScore && kv.Value.Score >= best * MinShare)
            .OrderByDescending(kv => kv.Value.Score).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(MaxTopics)
            .Select(kv => new TopicScore(kv.Key, Math.Round(kv.Value.Score / best, 3), kv.Value.Why))
            .ToList();
    }
}
