namespace Caravan.Bench.Extraction;
internal static class SpeedBench { public static int Run(string[] args) => 2; }
