using System.Net;
using System.Text.RegularExpressions;

namespace Caravan.Parsing.Conformance;

/// <summary>Counts compared and agreeing fields between Caravan and a peer parser's recorded expectation.</summary>
internal sealed partial class FieldTally
{
    public int Compared { get; private set; }
    public int Agreed { get; private set; }
    public List<string> Disagreements { get; } = [];
    public Dictionary<string, (int Compared, int Agreed)> ByField { get; } = [];

    public double Rate => Compared == 0 ? 100 : 100.0 * Agreed / Compared;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>Compares text after collapsing whitespace; HTML is compared as the text it shows when <paramref name="asHtml"/>.</summary>
    public void Text(string where, string field, string? expected, string? actual, bool asHtml = false)
    {
        if (string.IsNullOrWhiteSpace(expected))
            return;
        Record(where, field, Normalize(expected, asHtml) == Normalize(actual, asHtml), expected, actual);
    }

    /// <summary>Compares URLs as URLs (scheme and host case, an empty path as "/"): feed-rs normalizes them, Caravan keeps them as written.</summary>
    public void Url(string where, string field, string? expected, string? actual)
    {
        if (string.IsNullOrWhiteSpace(expected))
            return;
        var same = expected.Trim() == actual?.Trim()
            || (Uri.TryCreate(expected.Trim(), UriKind.Absolute, out var e) && Uri.TryCreate(actual?.Trim(), UriKind.Absolute, out var a) && e == a);
        Record(where, field, same, expected, actual);
    }

    public void Time(string where, string field, DateTimeOffset? expected, DateTimeOffset? actual)
    {
        if (expected is null)
            return;
        Record(where, field, expected == actual, expected.Value.ToString("O"), actual?.ToString("O"));
    }

    public void List(string where, string field, IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        if (expected.Count == 0)
            return;
        var same = expected.Count == actual.Count && expected.Zip(actual).All(p => Normalize(p.First, false) == Normalize(p.Second, false));
        Record(where, field, same, string.Join(" | ", expected), string.Join(" | ", actual));
    }

    public void Count(string where, string field, int expected, int actual) =>
        Record(where, field, expected == actual, expected.ToString(), actual.ToString());

    private void Record(string where, string field, bool agreed, string? expected, string? actual)
    {
        Compared++;
        var (c, a) = ByField.GetValueOrDefault(field);
        ByField[field] = (c + 1, a + (agreed ? 1 : 0));
        if (agreed)
            Agreed++;
        else
            Disagreements.Add($"{where} {field}: expected «{Clip(expected)}» got «{Clip(actual)}»");
    }

    private static string? Normalize(string? value, bool asHtml)
    {
        if (value is null)
            return "";
        var text = asHtml ? WebUtility.HtmlDecode(Regex.Replace(value, "<[^>]*>", " ")) : value;
        return Whitespace().Replace(text, " ").Trim();
    }

    private static string? Clip(string? value) => value is null ? "null" : value.Length > 120 ? value[..120] + "…" : value;
}
