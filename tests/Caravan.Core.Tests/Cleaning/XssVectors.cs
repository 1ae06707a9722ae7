using System.Text.Json;

namespace Caravan.Cleaning;

/// <summary>The attack corpus in tests/data/cleaning/xss-vectors.json (see its README for origin and categories).</summary>
public static class XssVectors
{
    public sealed record Vector(string Category, string Html);

    public static readonly Uri PageBase = new("https://caravan.test/news/item.html");

    static readonly Lazy<IReadOnlyList<Vector>> All = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "cleaning", "xss-vectors.json");
        using var stream = File.OpenRead(path);
        var items = JsonSerializer.Deserialize<List<Vector>>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
        return items ?? throw new InvalidDataException("empty vector file");
    });

    public static IReadOnlyList<Vector> Load() => All.Value;

    public static IEnumerable<object[]> Indexes() => Enumerable.Range(0, Load().Count).Select(i => new object[] { i });
}
