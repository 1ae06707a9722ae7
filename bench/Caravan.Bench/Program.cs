// Benchmarks: `dotnet run -c Release --project bench/Caravan.Bench -- <name> [args]`. See bench/README.md.
using Caravan.Bench.Parsing;

switch (args.FirstOrDefault())
{
    case "feeds":
        return await FeedParseBench.RunAsync(args[1..]);
    default:
        Console.Error.WriteLine("usage: Caravan.Bench <benchmark> [args]; benchmarks are listed in bench/README.md");
        Console.Error.WriteLine("  feeds CORPUS_DIR... [--seconds N] [--no-peers]   feed parsing speed vs XmlReader, feedparser, rss-parser");
        return 2;
}
