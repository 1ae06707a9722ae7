using System.Data.Common;
using Caravan.Model;

namespace Caravan.Storage;

/// <summary>
/// Rows read the same way from every provider: SQLite stores times as UTC text and booleans as
/// integers, PostgreSQL as timestamptz and boolean; these readers accept both.
/// </summary>
static partial class StoredRows
{
    public static Article Article(DbDataReader r) => new()
    {
        Id = Long(r, "id")!.Value,
        SourceId = Long(r, "source_id")!.Value,
        ItemKey = Str(r, "item_key")!,
        Guid = Str(r, "guid"),
        Url = Str(r, "url"),
        Title = Str(r, "title"),
        Byline = Str(r, "byline"),
        PublishedAt = Time(r, "published_at"),
        UpdatedAt = Time(r, "updated_at"),
        FirstSeenAt = Time(r, "first_seen_at")!.Value,
        Language = Str(r, "language"),
        Text = Str(r, "text")!,
        Html = Str(r, "html"),
        Summary = Str(r, "summary"),
        ImageUrl = Str(r, "image_url"),
        ImageCredit = Str(r, "image_credit"),
        Dateline = Str(r, "dateline"),
        ContentHash = Str(r, "content_hash")!,
        Version = (int)Long(r, "version")!.Value,
        IsTeaser = Bool(r, "is_teaser"),
        LinkOnly = Bool(r, "link_only"),
        OriginalOutlet = Str(r, "original_outlet"),
        OriginalUrl = Str(r, "original_url"),
        SimHash = Long(r, "simhash") is { } h ? unchecked((ulong)h) : null,
        DuplicateOfId = Long(r, "duplicate_of_id"),
        SyndicatedFromId = Long(r, "syndicated_from_id"),
        StoryId = Long(r, "story_id"),
        VersionOfId = Long(r, "version_of_id"),
    };

    public static StoryReport StoryReport(DbDataReader r) => new()
    {
        ArticleId = Long(r, "id")!.Value,
        StoryId = Long(r, "story_id")!.Value,
        SourceId = Long(r, "source_id")!.Value,
        SortAt = Time(r, "sort_at")!.Value,
        DuplicateOfId = Long(r, "duplicate_of_id"),
        SyndicatedFromId = Long(r, "syndicated_from_id"),
        VersionOfId = Long(r, "version_of_id"),
        OriginalOutlet = Str(r, "original_outlet"),
    };

    /// <summary>A column's value, null for SQL NULL; Value(r, "id") rather than r.GetX(i), so both providers' types are accepted.</summary>
    static object? Value(DbDataReader r, string column)
    {
        // One provider call per column: GetValue answers DBNull for NULL, where IsDBNull first doubled the calls
        // (a fifth of reading a feed's 50 articles on SQLite).
        var v = r.GetValue(r.GetOrdinal(column));
        return v is DBNull ? null : v;
    }

    internal static string? Str(DbDataReader r, string column) => (string?)Value(r, column);

    internal static long? Long(DbDataReader r, string column) => Value(r, column) is { } v ? Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) : null;

    internal static bool Bool(DbDataReader r, string column) => Value(r, column) is { } v && Convert.ToBoolean(v);

    internal static DateTimeOffset? Time(DbDataReader r, string column) => Value(r, column) switch
    {
        null => null,
        string text => StoredTime.Parse(text),
        DateTimeOffset t => t.ToUniversalTime(),
        DateTime t => new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)),
        var other => throw new InvalidCastException($"{column} holds a {other.GetType().Name}, not a time"),
    };
}
