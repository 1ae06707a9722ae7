using System.Globalization;

namespace Caravan.Storage;

/// <summary>Times as stored in text columns: UTC, ISO 8601, millisecond precision, so text order is time order.</summary>
public static class StoredTime
{
    const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static string ToText(DateTimeOffset t) => t.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static string? ToText(DateTimeOffset? t) => t is { } v ? ToText(v) : null;

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateTimeOffset? ParseOrNull(string? text) => text is null ? null : Parse(text);

    /// <summary>Truncates to what the store keeps, so round-trips compare equal.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset t) => Parse(ToText(t));
}
