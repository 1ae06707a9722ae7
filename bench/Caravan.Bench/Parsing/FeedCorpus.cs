using System.Text;
using System.Xml;

namespace Caravan.Bench.Parsing;

/// <summary>The benchmark corpus: every well-formed XML feed under the given folders plus generated large feeds, all in memory.</summary>
internal sealed record FeedCorpus(IReadOnlyList<string> Paths, IReadOnlyList<byte[]> Bodies, int Skipped)
{
    public long TotalBytes => Bodies.Sum(b => (long)b.Length);

    public static FeedCorpus Load(IEnumerable<string> folders, string generatedFolder)
    {
        var paths = new List<string>();
        var bodies = new List<byte[]>();
        var skipped = 0;
        var files = folders.SelectMany(f => Directory.EnumerateFiles(f, "*.xml", SearchOption.AllDirectories))
            .Concat(LargeFeedGenerator.Write(generatedFolder))
            .Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var body = File.ReadAllBytes(path);
            // Only documents a conforming reader reads to the end: then all four contenders parse the same bytes.
            if (!IsWellFormed(body))
            {
                skipped++;
                continue;
            }
            paths.Add(Path.GetFullPath(path));
            bodies.Add(body);
        }
        return new FeedCorpus(paths, bodies, skipped);
    }

    private static bool IsWellFormed(byte[] body)
    {
        try
        {
            XmlReaderBaseline.Read(body);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
