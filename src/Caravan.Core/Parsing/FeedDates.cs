using System.Globalization;
using System.Text.RegularExpressions;

namespace Caravan.Parsing;

/// <summary>
/// Reads the dates feeds actually write: RFC 822/1123 with its common deviations (missing day name or zone,
/// two-digit years, named zones, non-English month names), RFC 3339/ISO 8601/W3CDTF variants, and
/// a few numeric forms. Always returns a UTC instant, or null when the text is no date.
/// </summary>
public static partial class FeedDates
{
    [GeneratedRegex(@"^(\d{4})(?:-?(\d{2})(?:-?(\d{2})(?:[Tt ]+(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?\s*([Zz]|UTC|GMT|[+-]\d{1,2}(?::?\d{2})?)?)?)?)?$")]
    private static partial Regex Iso8601();

    [GeneratedRegex(@"^(\d{4})-?(\d{3})(?:T(\d{2}):?(\d{2})(?::?(\d{2}))?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?$")]
    private static partial Regex IsoOrdinal();

    /// <summary>Parses a feed date to a UTC instant; null if the text is not a date Caravan can read.</summary>
    public static DateTimeOffset? Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return null;
        var text = raw.Trim();
        try
        {
            // Atom's RFC 3339 form first: a string that starts with four digits is never RFC 822, so the order holds.
            if (Rfc3339Date.TryParse(text, out var instant))
                return instant;
            return Rfc822Date.TryParse(text) ?? ParseIso(text) ?? ParseOrdinal(text) ?? FreeFormDate.Parse(text) ?? ParseByPlatform(text);
        }
        catch (ArgumentException)
        {
            // An out-of-range component (month 13, 31 February): not a date.
            return null;
        }
    }

    private static DateTimeOffset? ParseIso(string text)
    {
        var match = Iso8601().Match(text);
        if (!match.Success)
            return null;
        var g = match.Groups;
        int Int(int i, int fallback) => g[i].Success ? int.Parse(g[i].Value, CultureInfo.InvariantCulture) : fallback;
        var year = Int(1, 0);
        var month = Int(2, 1);
        var day = Int(3, 1);
        var hour = Int(4, 0);
        var minute = Int(5, 0);
        var second = Int(6, 0);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 24 || minute > 59 || second > 60)
            return null;
        // Fractional seconds as exact ticks (100 ns): ".569" is 5,690,000 ticks, no floating-point rounding.
        var fractionTicks = g[7].Success ? long.Parse(g[7].Value.PadRight(7, '0')[..7], CultureInfo.InvariantCulture) : 0;
        var offset = g[8].Success ? ZoneOffsets.Parse(g[8].Value) ?? TimeSpan.Zero : TimeSpan.Zero;
        return Build(year, month, day, hour, minute, second, offset).AddTicks(fractionTicks);
    }

    private static DateTimeOffset? ParseOrdinal(string text)
    {
        var match = IsoOrdinal().Match(text);
        if (!match.Success)
            return null;
        var g = match.Groups;
        int Int(int i) => g[i].Success ? int.Parse(g[i].Value, CultureInfo.InvariantCulture) : 0;
        var start = Build(Int(1), 1, 1, Int(3), Int(4), Int(5), g[6].Success ? ZoneOffsets.Parse(g[6].Value) ?? TimeSpan.Zero : TimeSpan.Zero);
        var dayOfYear = Int(2);
        return dayOfYear is < 1 or > 366 ? null : start.AddDays(dayOfYear - 1);
    }

    private static DateTimeOffset? ParseByPlatform(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? parsed.ToUniversalTime()
            : null;

    internal static DateTimeOffset Build(int year, int month, int day, int hour, int minute, int second, TimeSpan offset)
    {
        // ISO 8601 allows 24:00 (end of day); RFC 5322 allows a leap second 60: fold both into the next unit.
        var extraDays = hour == 24 ? 1 : 0;
        var extraSeconds = second == 60 ? 1 : 0;
        var local = new DateTime(year, month, day, hour % 24, minute, second % 60, DateTimeKind.Unspecified)
            .AddDays(extraDays).AddSeconds(extraSeconds);
        return new DateTimeOffset(local - offset, TimeSpan.Zero);
    }
}
