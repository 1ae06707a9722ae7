using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Caravan.Parsing.Xml;

/// <summary>Entity references for the lenient reader: XML's five, numeric, internal DTD declarations and HTML 4 names.</summary>
internal sealed partial class EntityTable(long maxExpansionChars, List<string> problems)
{
    private readonly Dictionary<string, string> _declared = new(StringComparer.Ordinal);
    private long _expanded;

    [GeneratedRegex("""<!ENTITY\s+([^\s%]+)\s+(?:"([^"]*)"|'([^']*)'|(SYSTEM|PUBLIC)[^>]*)\s*>""")]
    private static partial Regex EntityDeclaration();

    public void Declare(string declaration)
    {
        foreach (Match match in EntityDeclaration().Matches(declaration))
        {
            var name = match.Groups[1].Value;
            if (match.Groups[4].Success)
            {
                // No external entity is ever fetched (XXE).
                Add($"external entity '{name}' not loaded");
                continue;
            }
            var value = match.Groups[2].Success ? match.Groups[2].Value : match.Groups[3].Value;
            _declared.TryAdd(name, value);
        }
    }

    public string Decode(string text)
    {
        if (text.IndexOf('&') < 0 && !HasControlCharacters(text))
            return text;
        return Decode(text, depth: 0);
    }

    private string Decode(string text, int depth)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '&')
            {
                if (c < 0x20 && c is not ('\t' or '\n' or '\r'))
                    Add("control character removed");
                else
                    builder.Append(c);
                continue;
            }
            var semicolon = text.IndexOf(';', i + 1);
            var name = semicolon > i + 1 && semicolon - i <= 33 ? text[(i + 1)..semicolon] : null;
            var replacement = name is null ? null : Resolve(name, depth);
            if (replacement is null)
            {
                Add(name is null ? "unescaped '&' in text" : $"undefined entity '&{name};'");
                builder.Append('&');
                continue;
            }
            builder.Append(replacement);
            i = semicolon;
        }
        return builder.ToString();
    }

    private string? Resolve(string name, int depth)
    {
        switch (name)
        {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
        }
        if (name[0] == '#')
        {
            var isHex = name.Length > 1 && name[1] is 'x' or 'X';
            var digits = isHex ? name[2..] : name[1..];
            if (!int.TryParse(digits, isHex ? System.Globalization.NumberStyles.HexNumber : System.Globalization.NumberStyles.None, null, out var code)
                || code is <= 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
                return null;
            return char.ConvertFromUtf32(code);
        }
        if (_declared.TryGetValue(name, out var value))
        {
            if (depth > 8 || (_expanded += value.Length) > maxExpansionChars)
            {
                Add($"entity expansion over {maxExpansionChars} characters refused");
                return "";
            }
            return Decode(value, depth + 1);
        }
        // Undeclared HTML entities (&nbsp;, &eacute;) are the commonest "error" in real feeds.
        var html = WebUtility.HtmlDecode("&" + name + ";");
        if (html.Length > 0 && html[0] != '&')
            Add($"undefined entity '&{name};' read as HTML");
        return html.Length > 0 && html[0] != '&' ? html : null;
    }

    private static bool HasControlCharacters(string text)
    {
        foreach (var c in text)
            if (c < 0x20 && c is not ('\t' or '\n' or '\r'))
                return true;
        return false;
    }

    private void Add(string problem)
    {
        if (problems.Count < 100 && !problems.Contains(problem))
            problems.Add(problem);
    }
}
