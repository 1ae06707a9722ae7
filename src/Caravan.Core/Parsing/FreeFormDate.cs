using System.Globalization;
using System.Text.RegularExpressions;

namespace Caravan.Parsing;

/// <summary>
/// RFC 822/1123 dates and their deviations, read token by token: day names are skipped, month names may be
/// English, Russian, German or French, the year may have two digits (RFC 2822 §4.3: 00–49 is 20xx), the
/// zone may be missing (UTC assumed), named or numeric. Also "2003/12/31 10:14" and "31.12.2003".
/// </summary>
internal static partial class FreeFormDate
{
    [GeneratedRegex(@"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?|[+-]\d{2}:?\d{2}\b|[+-]\d{1,2}\b|\d+|[^\W\d_]+\.?|[+-]", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"\b(?:GMT|UTC|UT)\s*([+-]\d{1,2}(?::?\d{2})?)\b")]
    private static partial Regex PrefixedOffset();

    [GeneratedRegex(@"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b(.*)$")]
    private static partial Regex YearFirstNumeric();

    [GeneratedRegex(@"^(\d{1,2})\.(\d{1,2})\.(\d{4})\b(.*)$")]
    private static partial Regex DayFirstDotted();

    public static DateTimeOffset? Parse(string text)
    {
        var numeric = YearFirstNumeric().Match(text);
        if (numeric.Success)
            return Compose(Int(numeric.Groups[1].Value), Int(numeric.Groups[2].Value), Int(numeric.Groups[3].Value), numeric.Groups[4].Value);
        var dotted = DayFirstDotted().Match(text);
        if (dotted.Success)
            return Compose(Int(dotted.Groups[3].Value), Int(dotted.Groups[2].Value), Int(dotted.Groups[1].Value), dotted.Groups[4].Value);

        int? month = null, day = null, year = null;
        foreach (Match token in Token().Matches(text))
        {
            var value = token.Value.TrimEnd('.');
            if (value.Contains(':') || value[0] is '+' or '-')
                continue; // time and zone are read by ReadTime
            if (char.IsAsciiDigit(value[0]))
            {
                var number = Int(value);
                if (value.Length >= 3 && year is null) year = number;
                else if (day is null) day = number;
                else year ??= number;
                continue;
            }
            month ??= MonthNames.Find(value);
        }
        if (month is null || day is null || year is null)
            return null;
        return Compose(year.Value, month.Value, day.Value, text);
    }

    private static DateTimeOffset? Compose(int year, int month, int day, string rest)
    {
        if (year < 100)
            year += year < 50 ? 2000 : 1900;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        var (hour, minute, second) = ReadTime(rest);
        var offset = ReadZone(rest) ?? TimeSpan.Zero;
        return FeedDates.Build(year, month, day, hour, minute, second, offset);
    }

    private static (int Hour, int Minute, int Second) ReadTime(string text)
    {
        foreach (Match token in Token().Matches(text))
        {
            if (!token.Value.Contains(':'))
                continue;
            var parts = token.Value.Split(':');
            var hour = Int(parts[0]);
            var minute = Int(parts[1]);
            var second = parts.Length > 2 ? Int(parts[2].Split('.', ',')[0]) : 0;
            var afterTime = text[(token.Index + token.Length)..].TrimStart();
            if (afterTime.StartsWith("PM", StringComparison.OrdinalIgnoreCase) && hour < 12) hour += 12;
            if (afterTime.StartsWith("AM", StringComparison.OrdinalIgnoreCase) && hour == 12) hour = 0;
            return hour > 24 || minute > 59 || second > 60 ? throw new ArgumentException("time out of range") : (hour, minute, second);
        }
        return (0, 0, 0);
    }

    private static TimeSpan? ReadZone(string text)
    {
        if (PrefixedOffset().Match(text) is { Success: true } prefixed)
            return ZoneOffsets.Parse(prefixed.Groups[1].Value);
        var sawTime = false;
        foreach (Match token in Token().Matches(text))
        {
            var value = token.Value;
            if (value.Contains(':') && !sawTime && value[0] is not ('+' or '-')) { sawTime = true; continue; }
            if (!sawTime)
                continue;
            if (value[0] is '+' or '-' || ZoneOffsets.IsName(value))
                return ZoneOffsets.Parse(value);
        }
        return null;
    }

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
