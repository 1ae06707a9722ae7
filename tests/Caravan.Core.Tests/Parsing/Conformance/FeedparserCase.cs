using System.Text;
using System.Text.RegularExpressions;

namespace Caravan.Parsing.Conformance;

/// <summary>One feedparser test file: its bytes and the header comment (Description, Expect, Header, SkipUnless).</summary>
internal sealed partial record FeedparserCase(string RelativePath, string Folder, byte[] Body, string Expect, string? SkipUnless, IReadOnlyDictionary<string, string> Headers)
{
    public const string HttpRoot = "http://127.0.0.1:8097/tests/";

    /// <summary>feedparser's harness serves every file whose path contains "http" over HTTP with these headers.</summary>
    public bool ServedOverHttp => RelativePath.Contains("http", StringComparison.Ordinal);

    [GeneratedRegex(@"^\s*(Header|Expect|SkipUnless|Description):\s*(.*?)\s*$", RegexOptions.Multiline)]
    private static partial Regex HeaderLine();

    public static IEnumerable<FeedparserCase> LoadAll(string testsFolder)
    {
        foreach (var path in Directory.EnumerateFiles(testsFolder, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!path.EndsWith(".xml", StringComparison.Ordinal) && !path.EndsWith(".json", StringComparison.Ordinal))
                continue;
            var relative = Path.GetRelativePath(testsFolder, path).Replace('\\', '/');
            var body = File.ReadAllBytes(path);
            var text = HeaderText(body);
            string? expect = null, skip = null;
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var commentEnd = text.IndexOf("-->", StringComparison.Ordinal);
            var header = commentEnd > 0 ? text[..commentEnd] : text;
            if (path.EndsWith(".json", StringComparison.Ordinal))
            {
                // The JSON case keeps its header on one line: "Description: ... Expect: ... -->".
                header = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("__TEST__").GetString() ?? "";
                var at = header.IndexOf("Expect:", StringComparison.Ordinal);
                if (at >= 0)
                    expect = header[(at + 7)..].Replace("-->", "", StringComparison.Ordinal).Trim();
            }
            foreach (Match line in HeaderLine().Matches(header))
            {
                var value = line.Groups[2].Value;
                switch (line.Groups[1].Value)
                {
                    case "Expect": expect ??= value; break;
                    case "SkipUnless": skip = value; break;
                    case "Header":
                        var colon = value.IndexOf(':');
                        if (colon > 0) headers[value[..colon].Trim()] = value[(colon + 1)..].Trim();
                        break;
                }
            }
            if (expect is null)
                continue;
            var folder = relative.Contains('/') ? relative[..relative.LastIndexOf('/')] : "";
            yield return new FeedparserCase(relative, folder, body, expect, skip, headers);
        }
    }

    /// <summary>Upstream's rule for reading the header: BOM or first-bytes sniff for UTF-32/16/8, else UTF-8 ignoring errors.</summary>
    private static string HeaderText(byte[] b)
    {
        Encoding encoding = b switch
        {
            [0x00, 0x00, 0xFE, 0xFF, ..] or [0x00, 0x00, 0x00, 0x3C, ..] => new UTF32Encoding(true, false),
            [0xFF, 0xFE, 0x00, 0x00, ..] or [0x3C, 0x00, 0x00, 0x00, ..] => Encoding.UTF32,
            [0xFE, 0xFF, ..] or [0x00, 0x3C, ..] => Encoding.BigEndianUnicode,
            [0xFF, 0xFE, ..] or [0x3C, 0x00, ..] => Encoding.Unicode,
            _ => Encoding.UTF8,
        };
        return encoding.GetString(b).TrimStart('\uFEFF');
    }
}
