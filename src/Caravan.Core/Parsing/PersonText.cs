using System.Text.RegularExpressions;

namespace Caravan.Parsing;

/// <summary>Splits RSS person text ("jo@example.com (Jo Doe)", "Jo Doe &lt;jo@example.com&gt;") into name and email, as feedparser does.</summary>
internal static partial class PersonText
{
    [GeneratedRegex(@"[\w.+\-]+@(?:[\w\-]+\.)+[A-Za-z]{2,}")]
    private static partial Regex Email();

    public static Person? Parse(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            return null;
        // No '@', no email: skip the regex scan (the common "Jo Doe" byline).
        if (!trimmed.Contains('@'))
            return new Person(trimmed, null, null);
        var match = Email().Match(trimmed);
        if (!match.Success)
            return new Person(trimmed, null, null);
        var name = trimmed.Remove(match.Index, match.Length).Replace("()", "", StringComparison.Ordinal).Replace("<>", "", StringComparison.Ordinal).Trim();
        if (name.Length > 1 && name[0] == '(' && name[^1] == ')')
            name = name[1..^1].Trim();
        name = name.Trim('"', ' ');
        return new Person(name.Length == 0 ? null : name, match.Value, null);
    }
}
