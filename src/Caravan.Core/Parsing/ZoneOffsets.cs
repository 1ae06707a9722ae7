using System.Globalization;

namespace Caravan.Parsing;

/// <summary>Time zone designators found in feed dates: numeric offsets and the names RFC 822 §5.1 and real feeds use.</summary>
internal static class ZoneOffsets
{
    private static readonly Dictionary<string, double> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        // RFC 822 §5.1
        ["UT"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
        // Common in the wild (feedparser's table plus zones of Caravan's region).
        ["AST"] = -4, ["ADT"] = -3, ["AKST"] = -9, ["AKDT"] = -8, ["HST"] = -10, ["NZST"] = 12, ["NZDT"] = 13,
        ["BST"] = 1, ["IST"] = 5.5, ["CET"] = 1, ["CEST"] = 2, ["MET"] = 1, ["MEST"] = 2, ["WET"] = 0, ["WEST"] = 1,
        ["EET"] = 2, ["EEST"] = 3, ["MSK"] = 3, ["MSD"] = 4, ["SAMT"] = 4, ["GST"] = 4, ["AZT"] = 4, ["AMT"] = 4,
        ["PKT"] = 5, ["UZT"] = 5, ["TJT"] = 5, ["TMT"] = 5, ["YEKT"] = 5, ["ALMT"] = 5, ["QYZT"] = 5, ["KGT"] = 6,
        ["OMST"] = 6, ["NOVT"] = 7, ["KRAT"] = 7, ["ICT"] = 7, ["WIB"] = 7, ["HKT"] = 8, ["SGT"] = 8, ["AWST"] = 8,
        ["JST"] = 9, ["KST"] = 9, ["ACST"] = 9.5, ["AEST"] = 10, ["AEDT"] = 11,
    };

    public static bool IsName(string token) => Named.ContainsKey(token);

    private static readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> NamedBySpan = Named.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The same as <see cref="Parse(string)"/>, reading the common "+0300" and named zones in place.</summary>
    public static TimeSpan? Parse(ReadOnlySpan<char> token)
    {
        var text = token.Trim();
        if (NamedBySpan.TryGetValue(text, out var hours))
            return TimeSpan.FromHours(hours);
        if (text is ['+' or '-', >= '0' and <= '9', >= '0' and <= '9', >= '0' and <= '9', >= '0' and <= '9'])
        {
            int h = (text[1] - '0') * 10 + text[2] - '0', m = (text[3] - '0') * 10 + text[4] - '0';
            return h > 14 || m > 59 ? null : (text[0] == '-' ? -1 : 1) * new TimeSpan(h, m, 0);
        }
        return Parse(text.ToString());
    }

    /// <summary>Parses "Z", "+0300", "+03:00", "-5", "GMT+3", "EST"; null if not a zone.</summary>
    public static TimeSpan? Parse(string token)
    {
        var text = token.Trim();
        if (Named.TryGetValue(text, out var hours))
            return TimeSpan.FromHours(hours);
        foreach (var prefix in (string[])["GMT", "UTC", "UT"])
            if (text.Length > prefix.Length && text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && text[prefix.Length] is '+' or '-')
                return Parse(text[prefix.Length..]);
        if (text.Length < 2 || text[0] is not ('+' or '-'))
            return null;
        var sign = text[0] == '-' ? -1 : 1;
        var digits = text[1..].Replace(":", "", StringComparison.Ordinal);
        if (!digits.All(char.IsAsciiDigit))
            return null;
        int h, m = 0;
        if (digits.Length <= 2)
            h = int.Parse(digits, CultureInfo.InvariantCulture);
        else if (digits.Length is 3 or 4)
        {
            h = int.Parse(digits[..^2], CultureInfo.InvariantCulture);
            m = int.Parse(digits[^2..], CultureInfo.InvariantCulture);
        }
        else
            return null;
        if (h > 14 || m > 59)
            return null;
        return sign * new TimeSpan(h, m, 0);
    }
}
