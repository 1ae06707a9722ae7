using System.Reflection;

namespace Caravan.Tagging;

/// <summary>
/// Reads the gazetteer's tab-separated files (Data/README.md describes them): id, kind, country,
/// canonical name, names and demonyms separated by semicolons. A later line with a known id adds
/// spellings to the entry.
/// </summary>
public static class GazetteerFile
{
    /// <summary>The embedded world list, then the hand-compiled Central Asia list.</summary>
    public static IReadOnlyList<GazetteerEntry> LoadEmbedded()
    {
        var world = Parse(ReadResource("world.tsv"));
        var region = Parse(ReadResource("central-asia.tsv"));
        // The hand list's cities replace the world list's capital line for the countries it covers.
        var covered = region.Where(e => e.Kind == EntryKind.City && e.Country is not null).Select(e => e.Country!).ToHashSet();
        return Merge(world.Where(e => !(e.Id.EndsWith(".capital", StringComparison.Ordinal) && covered.Contains(e.Country!))).Concat(region));
    }

    public static IReadOnlyList<GazetteerEntry> Parse(string tsv)
    {
        var entries = new List<GazetteerEntry>();
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 5) throw new FormatException($"Gazetteer line needs at least 5 fields: {line}");
            entries.Add(new GazetteerEntry(f[0], Enum.Parse<EntryKind>(f[1], ignoreCase: true), f[2].Length == 0 ? null : f[2], f[3],
                List(f[4]), f.Length > 5 ? List(f[5]) : []));
        }
        return entries;
    }

    static IReadOnlyList<GazetteerEntry> Merge(IEnumerable<GazetteerEntry> entries)
    {
        var byId = new Dictionary<string, GazetteerEntry>();
        var order = new List<string>();
        foreach (var e in entries)
        {
            if (byId.TryGetValue(e.Id, out var known))
                byId[e.Id] = known with { Names = known.Names.Union(e.Names).ToList(), Demonyms = known.Demonyms.Union(e.Demonyms).ToList() };
            else
            {
                byId[e.Id] = e;
                order.Add(e.Id);
            }
        }
        return order.Select(id => byId[id]).ToList();
    }

    static string[] List(string field) => field.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Caravan.Tagging.Data." + name)
            ?? throw new InvalidOperationException($"Embedded gazetteer file {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
