using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Caravan.Bench.Web;

/// <summary>
/// Search requests for the web-latency run, drawn from the store's own titles so they find what a reader would:
/// single words of every frequency, two words, quoted phrases, names in several scripts, country/language/date
/// filters and newest first. Hundreds of distinct URLs, so the render cache (keyed by URL) answers few of them and
/// the run measures search, not the cache. Fixed seed: every run asks the same list in the same order.
/// </summary>
static partial class SearchQueryList
{
    static readonly string[] Names = ["Tokayev", "Токаев", "Toqaev", "Mirziyoyev", "Мирзиёев", "Japarov", "Жапаров", "Rahmon", "Рахмон",
        "Bishkek", "Бишкек", "Astana", "Астана", "Almaty", "Tashkent", "Ташкент", "Dushanbe", "Osh", "Shymkent", "Samarkand"];
    static readonly string[] Countries = ["kazakhstan", "kyrgyzstan", "uzbekistan", "tajikistan", "turkmenistan"];

    [GeneratedRegex(@"\p{L}{4,}")]
    private static partial Regex Word();

    /// <summary>Path and query of <paramref name="count"/> search requests (<c>/search?q=…</c>).</summary>
    public static async Task<IReadOnlyList<string>> BuildAsync(string db, int count, DateTimeOffset newest, CancellationToken ct)
    {
        var titles = new List<string>();
        await using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly"))
        {
            await c.OpenAsync(ct);
            await using var cmd = c.CreateCommand();
            // Every 37th article: a spread over the whole archive without a random scan.
            cmd.CommandText = "SELECT title FROM articles WHERE id % 37 = 0 AND title IS NOT NULL";
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) titles.Add(r.GetString(0));
        }
        var rng = new Random(7);
        var words = titles.SelectMany(t => Word().Matches(t).Select(m => m.Value.ToLowerInvariant())).ToList();
        if (words.Count == 0) throw new InvalidOperationException($"web-latency: no titles in {db} to draw search words from");
        string AnyWord() => words[rng.Next(words.Count)];
        string Phrase()
        {
            var title = Word().Matches(titles[rng.Next(titles.Count)]).Select(m => m.Value).ToList();
            if (title.Count < 2) return AnyWord();
            var i = rng.Next(title.Count - 1);
            return $"\"{title[i]} {title[i + 1]}\"";
        }
        var list = new HashSet<string>();
        for (int attempt = 0; list.Count < count && attempt < count * 20; attempt++)
        {
            var (q, extra) = (rng.Next(20)) switch
            {
                < 7 => (AnyWord(), ""),
                < 10 => ($"{AnyWord()} {AnyWord()}", ""),
                < 13 => (Phrase(), ""),
                < 16 => (Names[rng.Next(Names.Length)] + (rng.Next(2) == 0 ? "" : " " + AnyWord()), ""),
                < 18 => (AnyWord(), Filter(rng, newest)),
                _ => (AnyWord(), "&sort=date"),
            };
            list.Add("/search?q=" + Uri.EscapeDataString(q) + extra);
        }
        return [.. list];
    }

    static string Filter(Random rng, DateTimeOffset newest) => rng.Next(3) switch
    {
        0 => "&country=" + Countries[rng.Next(Countries.Length)],
        1 => "&lang=" + (rng.Next(2) == 0 ? "en" : "ru"),
        _ => "&from=" + newest.AddDays(-rng.Next(3, 60)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>A wrk request() that asks the paths in turn, each thread from its own offset.</summary>
    public static string Lua(IReadOnlyList<string> paths)
    {
        var sb = new StringBuilder("local paths = {\n");
        foreach (var p in paths) sb.Append("  \"").Append(p.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\",\n");
        sb.Append("""
            }
            math.randomseed(os.time() + tonumber(string.match(tostring({}), "0x(%x+)") or "0", 16) % 1000003)
            local i = math.random(#paths)
            request = function()
              i = (i % #paths) + 1
              return wrk.format(nil, paths[i])
            end
            """);
        return sb.ToString();
    }
}
