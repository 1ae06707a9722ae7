using System.Text.Json;
using Caravan.TestSupport;
using Xunit.Abstractions;

namespace Caravan.Tagging;

public class EvaluationTests(ITestOutputHelper output)
{
    const int FoldCount = 5;
    static TopicModel[]? folds;

    static TopicModel[] Folds(IReadOnlyList<LabelledArticle> set) => folds ??= Enumerable.Range(0, FoldCount)
        .Select(f => TopicModel.Train(set.Where((_, i) => i % FoldCount != f)
            .Select(a => ((IReadOnlyList<string>)TopicWords.Of(a.Title + "\n" + a.Text), (IReadOnlyCollection<string>)CategoryMap.Topics(a.Categories)))))
        .ToArray();

    [Fact]
    public void Evaluate_LabelledSet_ScoresStayAtOrAboveTheRecordedLevels()
    {
        var set = EvaluationSet.Load();
        Assert.True(set.Count >= 200, $"{set.Count} articles");
        // The model is trained on the sources' own categories; five-fold cross-validation keeps each article out of its model.
        var withModel = set.Select((a, i) => (Article: a, Result: ArticleTagger.Tag(EvaluationSet.Input(a, useModel: true), Gazetteer.Default, Folds(set)[i % FoldCount]))).ToList();
        var rulesOnly = set.Select(a => ArticleTagger.Tag(EvaluationSet.Input(a, useModel: false))).ToList();
        var longTexts = withModel.Where(x => x.Article.Text.Length >= 100).ToList();
        var scores = new EvaluationScores(
            PrimaryAccuracy: withModel.Count(x => x.Result.Countries.Count > 0 && x.Article.Primary.Contains(x.Result.Countries[0].Code)) / (double)set.Count,
            CountryF1: EvaluationSet.MicroF1(withModel.Select(x => ((IEnumerable<string>)x.Article.Countries, x.Result.Countries.Select(c => c.Code)))),
            TopicF1: EvaluationSet.MicroF1(withModel.Select(x => ((IEnumerable<string>)x.Article.Topics, x.Result.Topics.Select(t => t.Name)))),
            LanguageAccuracy: longTexts.Count(x => x.Result.Language == x.Article.Language) / (double)longTexts.Count,
            TopicF1WithoutModel: EvaluationSet.MicroF1(set.Zip(rulesOnly, (a, r) => ((IEnumerable<string>)a.Topics, r.Topics.Select(t => t.Name)))));
        output.WriteLine(JsonSerializer.Serialize(scores));
        foreach (var (a, r) in withModel.Where(x => x.Result.Countries.Count == 0 || !x.Article.Primary.Contains(x.Result.Countries[0].Code)))
            output.WriteLine($"primary {a.Id}: expected {string.Join("/", a.Primary)}, got {r}");

        foreach (var (a, r) in withModel.Where(x => !x.Article.Countries.ToHashSet().SetEquals(x.Result.Countries.Select(c => c.Code))))
            output.WriteLine($"countries {a.Id}: expected {string.Join(" ", a.Countries)}, got {string.Join(" ", r.Countries.Select(c => $"{c.Code}{c.Score:0.00}"))}");
        foreach (var (a, r) in withModel.Where(x => !x.Article.Topics.ToHashSet().SetEquals(x.Result.Topics.Select(t => t.Name))))
            output.WriteLine($"topics {a.Id}: expected {string.Join(", ", a.Topics)}; got {string.Join(", ", r.Topics.Select(t => $"{t.Name} {t.Score:0.00}"))}");
        foreach (var (a, r) in longTexts.Where(x => x.Result.Language != x.Article.Language))
            output.WriteLine($"language {a.Id}: expected {a.Language}, got {r.Language} ({r.LanguageWhy})");

        var recorded = JsonSerializer.Deserialize<EvaluationScores>(File.ReadAllText(TestData.Path("Tagging", "evaluation", "recorded.json")))!;
        Assert.True(scores.PrimaryAccuracy >= recorded.PrimaryAccuracy, $"primary accuracy {scores.PrimaryAccuracy:0.000} < {recorded.PrimaryAccuracy}");
        Assert.True(scores.CountryF1 >= recorded.CountryF1, $"country F1 {scores.CountryF1:0.000} < {recorded.CountryF1}");
        Assert.True(scores.TopicF1 >= recorded.TopicF1, $"topic F1 {scores.TopicF1:0.000} < {recorded.TopicF1}");
        Assert.True(scores.TopicF1WithoutModel >= recorded.TopicF1WithoutModel, $"topic F1 without model {scores.TopicF1WithoutModel:0.000} < {recorded.TopicF1WithoutModel}");
        Assert.True(scores.LanguageAccuracy >= recorded.LanguageAccuracy, $"language accuracy {scores.LanguageAccuracy:0.000} < {recorded.LanguageAccuracy}");
    }
}
