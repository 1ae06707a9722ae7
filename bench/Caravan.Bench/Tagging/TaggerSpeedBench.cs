using System.Diagnostics;
using System.Globalization;
using Caravan.Tagging;

namespace Caravan.Bench.Tagging;

/// <summary>Articles per second (wall clock and per CPU-second) on one thread for the parts of the tagger (language, gazetteer mentions, topics) and the whole.</summary>
internal static class TaggerSpeedBench
{
    public static int Run(string[] args)
    {
        if (args.Length == 0 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: tagging <articles.jsonl> [--seconds N]");
            return 2;
        }
        var seconds = args.SkipWhile(a => a != "--seconds").Skip(1).Select(s => double.Parse(s, CultureInfo.InvariantCulture)).FirstOrDefault(3);
        var articles = CorpusArticle.Load(args[0]);
        var inputs = articles.Select(a => a.Input()).ToArray();
        var chars = inputs.Sum(i => (long)i.Text.Length + (i.Title?.Length ?? 0));
        Console.WriteLine($"corpus: {inputs.Length} articles, {chars / (double)inputs.Length:0} characters each on average");
        Measure("  language (LanguageDetector)", inputs, seconds, chars, i => LanguageDetector.Detect(i.Title + "\n" + i.Text));
        Measure("  gazetteer mentions (MentionFinder)", inputs, seconds, chars, i => MentionFinder.Find(Gazetteer.Default, i.Text, Zone.Body));
        Measure("  topics (rules + naive Bayes)", inputs, seconds, chars, i => TopicTagger.Tag(i.Title, i.Text, "en", TopicModel.Default));
        Measure("whole tagger (ArticleTagger.Tag)", inputs, seconds, chars, i => ArticleTagger.Tag(i));
        return 0;
    }

    static void Measure(string name, TagInput[] inputs, double seconds, long chars, Func<TagInput, object> run)
    {
        // Warm-up: embedded data loaded, and time for tiered JIT to replace tier-0 code with optimised code.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < Math.Max(1, seconds / 2))
            foreach (var i in inputs) run(i);
        long done = 0;
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            foreach (var i in inputs) run(i);
            done++;
        }
        var elapsed = clock.Elapsed.TotalSeconds;
        // CPU seconds of this process (all its threads): "per core" even when other work shares the machine.
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalSeconds;
        var n = done * inputs.Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-40} {n / elapsed,9:N0} articles/s wall  {n / cpu,9:N0} articles per CPU-second  {done * chars / cpu / 1e6,6:0.0} MB per CPU-second"));
    }
}
