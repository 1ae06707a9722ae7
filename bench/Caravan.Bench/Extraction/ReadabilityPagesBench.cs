namespace Caravan.Bench.Extraction;
internal static class ReadabilityPagesBench { public static int Run(string[] args) => 2; }
