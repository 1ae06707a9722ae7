// Benchmarks: `dotnet run -c Release --project bench/Caravan.Bench -- <name> [args]`. See bench/README.md.
using Caravan.Bench.Stories;

return args.FirstOrDefault() switch
{
    "ecbplus" => EcbPlusBench.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Caravan.Bench <benchmark> [args]; benchmarks: ecbplus; see bench/README.md");
    return 2;
}
