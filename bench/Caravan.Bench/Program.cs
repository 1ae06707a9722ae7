// Benchmarks: `dotnet run -c Release --project bench/Caravan.Bench -- <name> [args]`. See bench/README.md.
using Caravan.Bench.Extraction;
using Caravan.Bench.Fetching;
using Caravan.Bench.Parsing;
using Caravan.Bench.Storage;

return args.FirstOrDefault() switch
{
    "feeds" => await FeedParseBench.RunAsync(args[1..]),
    "extraction-zyte" => ZyteBench.Run(args[1..]),
    "extraction-trafilatura" => TrafilaturaEvalBench.Run(args[1..]),
    "extraction-readability" => ReadabilityPagesBench.Run(args[1..]),
    "extraction-speed" => SpeedBench.Run(args[1..]),
    "fetch" => await FetchBenchmark.RunAsync(args[1..]),
    "store-search" => await SearchBench.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Caravan.Bench <benchmark> [args]; benchmarks are listed in bench/README.md");
    return 2;
}
