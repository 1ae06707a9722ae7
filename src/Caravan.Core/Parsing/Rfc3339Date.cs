namespace Caravan.Parsing;

/// <summary>
/// A fast path for the date form nearly every Atom feed writes, RFC 3339 §5.6 ("2025-12-01T10:00:00.5+03:00"),
/// read straight from the characters without a regex or allocation. It gives exactly what the tolerant ISO 8601
/// reading in <see cref="FeedDates"/> gives for that form; anything else (other separators, missing parts, odd
/// zones, out-of-range fields) is left to that reading.
/// </summary>
internal static class Rfc3339Date
{
    /// <summary>True when <paramref name="s"/> is a complete, valid RFC 3339 date-time; <paramref name="instant"/> is then its UTC instant.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out DateTimeOffset instant)
    {
        instant = default;
        // yyyy-MM-ddTHH:mm:ss is 19 characters; a zone or fraction follows.
        if (s.Length < 19 || s[4] != '-' || s[7] != '-' || s[10] is not ('T' or 't') || s[13] != ':' || s[16] != ':')
            return false;
        if (!Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)
            || !Digits(s, 11, 2, out var hour) || !Digits(s, 14, 2, out var minute) || !Digits(s, 17, 2, out var second))
            return false;
        var i = 19;
        long fractionTicks = 0;
        if (i < s.Length && s[i] is '.' or ',')
        {
            var start = ++i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                // Exact ticks (100 ns) from the first seven digits, as the tolerant reading pads and cuts them.
                if (i - start < 7)
                    fractionTicks = fractionTicks * 10 + (s[i] - '0');
                i++;
            }
            if (i == start)
                return false;
            for (var scale = Math.Min(i - start, 7); scale < 7; scale++)
                fractionTicks *= 10;
        }
        if (!TryZone(s[i..], out var offset))
            return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 24 || minute > 59 || second > 60)
            return false;
        instant = FeedDates.Build(year, month, day, hour, minute, second, offset).AddTicks(fractionTicks);
        return true;
    }

    /// <summary>"Z", "+03:00" or "+0300"; an offset beyond ±14:59 counts as UTC, as <see cref="ZoneOffsets"/> leaves it.</summary>
    private static bool TryZone(ReadOnlySpan<char> zone, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (zone is ['Z' or 'z'])
            return true;
        if (zone.Length is not (5 or 6) || zone[0] is not ('+' or '-'))
            return false;
        var minuteAt = zone.Length == 6 ? 4 : 3;
        if ((zone.Length == 6 && zone[3] != ':') || !Digits(zone, 1, 2, out var h) || !Digits(zone, minuteAt, 2, out var m))
            return false;
        if (h <= 14 && m <= 59)
            offset = (zone[0] == '-' ? -1 : 1) * new TimeSpan(h, m, 0);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
                return false;
            value = value * 10 + (s[i] - '0');
        }
        return true;
    }
}
