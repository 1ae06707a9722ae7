// Benchmarks: `dotnet run -c Release --project bench/Caravan.Bench -- <name> [args]`. See bench/README.md.
using Caravan.Bench.Dedup;
using Caravan.Bench.Stories;
using Caravan.Bench.Extraction;

return args.FirstOrDefault() switch
{
    "ecbplus" => EcbPlusBench.Run(args[1..]),
    "dedup-quality" => DedupQualityBench.Run(args[1..]),
    "dedup-speed" => DedupSpeedBench.Run(args[1..]),
    "cluster-speed" => ClusterSpeedBench.Run(args[1..]),
    "extraction-zyte" => ZyteBench.Run(args[1..]),
    "extraction-trafilatura" => TrafilaturaEvalBench.Run(args[1..]),
    "extraction-readability" => ReadabilityPagesBench.Run(args[1..]),
    "extraction-speed" => SpeedBench.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Caravan.Bench <benchmark> [args]; benchmarks are listed in bench/README.md");
    return 2;
}
