namespace Caravan.Parsing;

/// <summary>
/// A fast path for the RFC 822/1123 form nearly every RSS feed writes ("Tue, 10 Jun 2003 04:00:00 +0300",
/// RFC 5322 §3.3), read straight from the characters without allocating; anything unusual falls through to
/// <see cref="FreeFormDate"/>.
/// </summary>
internal static class Rfc822Date
{
    public static DateTimeOffset? TryParse(ReadOnlySpan<char> s)
    {
        var i = 0;
        // Optional day name and comma.
        if (i < s.Length && char.IsLetter(s[i]))
        {
            while (i < s.Length && char.IsLetter(s[i])) i++;
            if (i >= s.Length || s[i] != ',') return null;
            i++;
        }
        SkipSpaces(s, ref i);
        if (!ReadNumber(s, ref i, 1, 2, out var day)) return null;
        if (!SkipSpaces(s, ref i)) return null;
        var monthStart = i;
        while (i < s.Length && char.IsLetter(s[i])) i++;
        if (i - monthStart < 3 || MonthNames.Find(s[monthStart..i]) is not { } month) return null;
        if (i < s.Length && s[i] == '.') i++;
        if (!SkipSpaces(s, ref i)) return null;
        var yearStart = i;
        if (!ReadNumber(s, ref i, 2, 4, out var year) || i - yearStart == 3) return null;
        if (i - yearStart == 2) year += year < 50 ? 2000 : 1900; // RFC 5322 §4.3
        int hour = 0, minute = 0, second = 0;
        var offset = TimeSpan.Zero;
        if (SkipSpaces(s, ref i) && i < s.Length)
        {
            if (!ReadNumber(s, ref i, 1, 2, out hour) || i >= s.Length || s[i++] != ':' || !ReadNumber(s, ref i, 2, 2, out minute)) return null;
            if (i < s.Length && s[i] == ':')
            {
                i++;
                if (!ReadNumber(s, ref i, 2, 2, out second)) return null;
            }
            SkipSpaces(s, ref i);
            if (i < s.Length)
            {
                var zone = s[i..].Trim();
                if (ZoneOffsets.Parse(zone) is not { } parsed) return null;
                offset = parsed;
            }
        }
        if (month is < 1 or > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month) || hour > 24 || minute > 59 || second > 60)
            return null;
        return FeedDates.Build(year, month, day, hour, minute, second, offset);
    }

    private static bool SkipSpaces(ReadOnlySpan<char> s, ref int i)
    {
        var start = i;
        while (i < s.Length && s[i] is ' ' or '\t' or '\r' or '\n') i++;
        return i > start || i == s.Length;
    }

    private static bool ReadNumber(ReadOnlySpan<char> s, ref int i, int minDigits, int maxDigits, out int value)
    {
        value = 0;
        var start = i;
        while (i < s.Length && i - start < maxDigits && char.IsAsciiDigit(s[i]))
            value = value * 10 + (s[i++] - '0');
        return i - start >= minDigits && (i >= s.Length || !char.IsAsciiDigit(s[i]));
    }
}
