using Caravan.Tagging;

namespace Caravan.Bench.Tagging;

/// <summary>
/// Trains the naive Bayes topic model on the categories sources attached to their items (mapped onto the
/// taxonomy by CategoryMap) and writes it where the build embeds it (src/Caravan.Core/Tagging/Data/topic-model.tsv).
/// </summary>
internal static class TopicModelTraining
{
    public static int Run(string[] args)
    {
        if (args.Length < 2 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: train-topics <articles.jsonl> <topic-model.tsv>");
            return 2;
        }
        var articles = CorpusArticle.Load(args[0]);
        var examples = articles
            .Select(a => ((IReadOnlyList<string>)TopicWords.Of(a.Title + "\n" + a.Text), (IReadOnlyCollection<string>)CategoryMap.Topics(a.Categories ?? [])))
            .Where(e => e.Item2.Count > 0)
            .ToList();
        var model = TopicModel.Train(examples);
        using (var w = new StreamWriter(args[1])) model.Save(w);
        Console.WriteLine($"trained on {model.Documents} of {articles.Count} articles (those with a category that names a topic) -> {args[1]}");
        return 0;
    }
}
