// Benchmarks: `dotnet run -c Release --project bench/Caravan.Bench -- <name> [args]`. See bench/README.md.
Console.Error.WriteLine("usage: Caravan.Bench <benchmark> [args]; benchmarks are listed in bench/README.md");
return 2;
