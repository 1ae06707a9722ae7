using System.Text;

namespace Caravan.Fetching;

/// <summary>A parsed robots.txt (RFC 9309): the rules that apply to one crawler product token.</summary>
public sealed class RobotsTxt
{
    /// <summary>RFC 9309 §2.5: parsers must read at least 500 KiB; Caravan reads exactly that.</summary>
    public const int MaxParsedBytes = 500 * 1024;

    private readonly IReadOnlyList<(string Pattern, bool Allow)> _rules;

    private RobotsTxt(IReadOnlyList<(string Pattern, bool Allow)> rules) => _rules = rules;

    /// <summary>No file, or a 4xx: everything may be fetched (RFC 9309 §2.3.1.3).</summary>
    public static RobotsTxt AllowAll { get; } = new([]);

    /// <summary>Unreachable (5xx, network error): nothing may be fetched (RFC 9309 §2.3.1.4).</summary>
    public static RobotsTxt DisallowAll { get; } = new([("/", false)]);

    /// <summary>The rules of the groups naming <paramref name="productToken"/>, else of the "*" groups.</summary>
    public static RobotsTxt Parse(ReadOnlySpan<byte> content, string productToken)
    {
        var text = Encoding.UTF8.GetString(content[..Math.Min(content.Length, MaxParsedBytes)]);
        var mine = new List<(string, bool)>();
        var star = new List<(string, bool)>();
        bool matchedMine = false, inAgents = false, groupIsMine = false, groupIsStar = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine;
            var hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            var colon = line.IndexOf(':');
            if (colon < 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key is "user-agent")
            {
                if (!inAgents) { groupIsMine = false; groupIsStar = false; inAgents = true; }
                // §2.2.1: match the product token case-insensitively; only [a-zA-Z_-] count.
                var token = new string(value.TakeWhile(c => char.IsAsciiLetter(c) || c is '_' or '-').ToArray());
                if (value == "*") groupIsStar = true;
                else if (token.Length > 0 && token.Equals(productToken, StringComparison.OrdinalIgnoreCase)) { groupIsMine = true; matchedMine = true; }
                continue;
            }
            if (key is not ("allow" or "disallow")) continue; // sitemap, crawl-delay and others are not group rules
            inAgents = false;
            if (value.Length == 0) continue; // an empty disallow allows everything
            var rule = (Normalize(value), key == "allow");
            if (groupIsMine) mine.Add(rule);
            if (groupIsStar) star.Add(rule);
        }
        return new RobotsTxt(matchedMine ? mine : star);
    }

    /// <summary>RFC 9309 §2.2.2: the longest matching rule wins; on a tie, allow wins.</summary>
    public bool IsAllowed(Uri url)
    {
        var path = Normalize(url.PathAndQuery);
        if (url.AbsolutePath == "/robots.txt") return true;
        var bestLength = -1;
        var allowed = true;
        foreach (var (pattern, allow) in _rules)
        {
            if (!Matches(pattern, path)) continue;
            if (pattern.Length > bestLength || (pattern.Length == bestLength && allow))
            {
                bestLength = pattern.Length;
                allowed = allow;
            }
        }
        return allowed;
    }

    /// <summary>
    /// One spelling for equivalent paths (§2.2.2, RFC 3986 §6.2.2): non-ASCII percent-encoded, escapes of
    /// unreserved characters decoded, other escapes upper-cased; applied to rules and URLs alike.
    /// </summary>
    private static string Normalize(string pattern)
    {
        var builder = new StringBuilder(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '%' && i + 2 < pattern.Length && Uri.IsHexDigit(pattern[i + 1]) && Uri.IsHexDigit(pattern[i + 2]))
            {
                var decoded = (char)Convert.ToByte(pattern.Substring(i + 1, 2), 16);
                if (char.IsAsciiLetterOrDigit(decoded) || decoded is '-' or '.' or '_' or '~') builder.Append(decoded);
                else builder.Append('%').Append(char.ToUpperInvariant(pattern[i + 1])).Append(char.ToUpperInvariant(pattern[i + 2]));
                i += 2;
            }
            else if (c > 0x7F || char.IsWhiteSpace(c))
            {
                foreach (var b in Encoding.UTF8.GetBytes(c.ToString())) builder.Append('%').Append(b.ToString("X2"));
            }
            else builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>'*' matches any run of characters; a final '$' anchors the end (§2.2.3).</summary>
    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var body = anchored ? pattern[..^1] : pattern;
        var parts = body.Split('*');
        if (!path.StartsWith(parts[0], StringComparison.Ordinal)) return false;
        var position = parts[0].Length;
        for (var i = 1; i < parts.Length; i++)
        {
            var isLast = i == parts.Length - 1;
            if (isLast && anchored)
                return path.Length - parts[i].Length >= position && path.EndsWith(parts[i], StringComparison.Ordinal);
            var found = path.IndexOf(parts[i], position, StringComparison.Ordinal);
            if (found < 0) return false;
            position = found + parts[i].Length;
        }
        return !anchored || position == path.Length;
    }
}
