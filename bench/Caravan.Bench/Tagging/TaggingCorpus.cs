using System.Text.Json;
using Caravan.Tagging;

namespace Caravan.Bench.Tagging;

/// <summary>Articles from a JSON Lines file (tests/data/Tagging/evaluation/articles.jsonl has the shape): title, text, categories, hints.</summary>
internal sealed record CorpusArticle(string? Title, string Text, string? Dateline, string? CountryHint, string? LanguageHint, string[]? Categories)
{
    static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<CorpusArticle> Load(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<CorpusArticle>(l, Json)!).ToList();

    public TagInput Input() => new()
    {
        Title = Title, Text = Text, Dateline = Dateline, CountryHint = CountryHint, LanguageHint = LanguageHint, Categories = Categories ?? [],
    };
}
