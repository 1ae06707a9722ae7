// Benchmarks: `dotnet run -c Release --project bench/Caravan.Bench -- <name> [args]`. See bench/README.md.
using Caravan.Bench.Fetching;

return args.FirstOrDefault() switch
{
    "fetch" => await FetchBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Caravan.Bench <benchmark> [args]; benchmarks: fetch. See bench/README.md");
    return 2;
}
