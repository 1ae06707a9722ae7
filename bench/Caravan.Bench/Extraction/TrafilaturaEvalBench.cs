namespace Caravan.Bench.Extraction;
internal static class TrafilaturaEvalBench { public static int Run(string[] args) => 2; }
