using System.Reflection;
using System.Text.RegularExpressions;

namespace Caravan.Storage;

/// <summary>Numbered SQL migration files embedded per provider (`0001_initial.sql`, ...), applied in order.</summary>
public sealed record Migration(long Version, string Name, string Sql);

static partial class Migrations
{
    [GeneratedRegex(@"\.(\d{4})_([a-z0-9_]+)\.sql$")]
    private static partial Regex FileName();

    public static IReadOnlyList<Migration> Load(string resourcePrefix)
    {
        var asm = Assembly.GetExecutingAssembly();
        var list = new List<Migration>();
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith(resourcePrefix, StringComparison.Ordinal)))
        {
            var m = FileName().Match(name);
            if (!m.Success) throw new InvalidOperationException($"Migration resource '{name}' is not named NNNN_name.sql");
            using var s = asm.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(s);
            list.Add(new Migration(long.Parse(m.Groups[1].Value), m.Groups[2].Value, reader.ReadToEnd()));
        }
        return list.OrderBy(m => m.Version).ToList();
    }
}
