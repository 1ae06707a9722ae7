using Caravan.Model;

namespace Caravan.Storage;

/// <summary>
/// Statements both providers run, each written once: the same text where the engines agree, the
/// <see cref="SqlDialect"/>'s pieces where they do not. Parameter names carry no prefix in the argument lists.
/// </summary>
static partial class StoreSql
{
    /// <summary>Sets an article's links. An editor's split pins the article to its story; a merged story's id leads to the one it went into.</summary>
    public const string SetArticleLinks = """
        UPDATE articles SET duplicate_of_id = @dup, syndicated_from_id = @synd, version_of_id = @version, simhash = @sim,
            story_id = CASE WHEN story_pinned THEN story_id ELSE (SELECT COALESCE(MAX(merged_into_id), @story) FROM stories WHERE id = @story) END
        WHERE id = @id
        """;

    public static (string, object?)[] ArticleLinksArgs(long id, ArticleLinks links) =>
    [
        ("id", id), ("dup", links.DuplicateOfId), ("synd", links.SyndicatedFromId), ("version", links.VersionOfId),
        ("story", links.StoryId), ("sim", links.SimHash is { } h ? unchecked((long)h) : null),
    ];

    /// <summary>Many articles' tags, each article's in <see cref="TagOrder"/>.</summary>
    public static string TagsOf(SqlDialect d) => $"""
        SELECT article_id, kind, value, score, why, manual FROM tags WHERE {d.InIds("article_id", "@ids")}
        ORDER BY article_id, {TagOrder(d)}
        """;

    /// <summary>An article's tags: by kind, strongest first, then by value.</summary>
    public static string TagOrder(SqlDialect d) => $"{d.Bytewise("kind")}, score DESC, {d.Bytewise("value")}";

    public static string UserExists(SqlDialect d) => $"SELECT COUNT(*) FROM editor_users WHERE {d.NameKey("name")} = {d.NameKey("@name")}";

    /// <summary>Adds a user or sets a known one's password (names compare without case).</summary>
    public static string SaveUser(SqlDialect d) => $"""
        INSERT INTO editor_users (name, password_hash, created_at) VALUES (@name, @hash, @created)
        ON CONFLICT ({d.NameKey("name")}) DO UPDATE SET password_hash = excluded.password_hash
        """;

    public static string GetUser(SqlDialect d) => $"SELECT * FROM editor_users WHERE {d.NameKey("name")} = {d.NameKey("@name")}";
}
