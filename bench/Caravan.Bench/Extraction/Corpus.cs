using System.IO.Compression;

namespace Caravan.Bench.Extraction;

/// <summary>Reads the gzip-compressed pages of the shared corpora.</summary>
internal static class Corpus
{
    public static byte[] ReadGz(string path)
    {
        using var file = File.OpenRead(path);
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gz.CopyTo(memory);
        return memory.ToArray();
    }

    public static string RequireDirectory(string[] args, string usage)
    {
        if (args.Length < 1 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine($"usage: {usage}");
            Environment.Exit(2);
        }
        return args[0];
    }
}
