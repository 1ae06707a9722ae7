using System.Text.Json;
using Caravan.TestSupport;

namespace Caravan.Tagging;

/// <summary>One labelled article of tests/data/Tagging/evaluation/articles.jsonl.</summary>
public sealed record LabelledArticle(
    string Id, string Title, string? Dateline, string Text, string? CountryHint, string? LanguageHint, string[] Categories,
    string Language, string[] Primary, string[] Countries, string[] Topics);

/// <summary>Scores of the tagger on the evaluation set.</summary>
public sealed record EvaluationScores(double PrimaryAccuracy, double CountryF1, double TopicF1, double LanguageAccuracy, double TopicF1WithoutModel);

public static class EvaluationSet
{
    static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<LabelledArticle> Load() =>
        File.ReadLines(TestData.Path("Tagging", "evaluation", "articles.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<LabelledArticle>(l, Json)!)
            .ToList();

    public static TagInput Input(LabelledArticle a, bool useModel) => new()
    {
        Title = a.Title, Dateline = a.Dateline, Text = a.Text, CountryHint = a.CountryHint, LanguageHint = a.LanguageHint,
        Categories = a.Categories, UseTopicModel = useModel,
    };

    /// <summary>Micro-averaged F1 over (article, label) pairs.</summary>
    public static double MicroF1(IEnumerable<(IEnumerable<string> Expected, IEnumerable<string> Predicted)> pairs)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (expected, predicted) in pairs)
        {
            var e = expected.ToHashSet();
            var p = predicted.ToHashSet();
            tp += p.Count(e.Contains);
            fp += p.Count(x => !e.Contains(x));
            fn += e.Count(x => !p.Contains(x));
        }
        return tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
    }
}
