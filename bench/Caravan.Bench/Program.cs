// Benchmarks: `dotnet run -c Release --project bench/Caravan.Bench -- <name> [args]`. See bench/README.md.
using Caravan.Bench.Dedup;
using Caravan.Bench.Extraction;
using Caravan.Bench.Fetching;
using Caravan.Bench.Parsing;
using Caravan.Bench.Storage;
using Caravan.Bench.Stories;
using Caravan.Bench.Tagging;
using Caravan.Bench.Web;

return args.FirstOrDefault() switch
{
    "feeds" => await FeedParseBench.RunAsync(args[1..]),
    "extraction-zyte" => ZyteBench.Run(args[1..]),
    "extraction-trafilatura" => TrafilaturaEvalBench.Run(args[1..]),
    "extraction-readability" => ReadabilityPagesBench.Run(args[1..]),
    "extraction-speed" => SpeedBench.Run(args[1..]),
    "extraction-phases" => PhaseBench.Run(args[1..]),
    "extraction-dump" => OutputDump.Run(args[1..]),
    "fetch" => await FetchBenchmark.RunAsync(args[1..]),
    "ecbplus" => EcbPlusBench.Run(args[1..]),
    "dedup-quality" => DedupQualityBench.Run(args[1..]),
    "dedup-speed" => DedupSpeedBench.Run(args[1..]),
    "cluster-speed" => ClusterSpeedBench.Run(args[1..]),
    "tagging" => TaggerSpeedBench.Run(args[1..]),
    "train-topics" => TopicModelTraining.Run(args[1..]),
    "store-search" => await SearchBench.RunAsync(args[1..]),
    "scale-out" => await ScaleOutBench.RunAsync(args[1..]),
    "web-latency" => await WebLatencyBench.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Caravan.Bench <benchmark> [args]");
    Console.Error.WriteLine("benchmarks: feeds, extraction-zyte, extraction-trafilatura, extraction-readability, extraction-speed,");
    Console.Error.WriteLine("            extraction-phases, extraction-dump, fetch,");
    Console.Error.WriteLine("            ecbplus, dedup-quality, dedup-speed, cluster-speed, tagging, train-topics, store-search, scale-out, web-latency; see bench/README.md");
    return 2;
}
