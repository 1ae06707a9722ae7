using Caravan.Model;

namespace Caravan.Storage;

/// <summary>The tags table's statements, the same on both providers. Manual tags (editors' corrections) survive re-tagging.</summary>
static partial class StoreSql
{
    public static string TagsOfArticle(SqlDialect d) =>
        $"SELECT kind, value, score, why, manual FROM tags WHERE article_id = @a ORDER BY {TagOrder(d)}";

    /// <summary>How many published articles carry each value of one tag kind (argument @kind), most first.</summary>
    public static string CountTags(SqlDialect d) => $"""
        SELECT t.value, COUNT(*) FROM tags t JOIN articles a ON a.id = t.article_id
        WHERE t.kind = @kind AND NOT a.link_only AND a.duplicate_of_id IS NULL
        GROUP BY t.value ORDER BY COUNT(*) DESC, {d.Bytewise("t.value")}
        """;

    /// <summary>Before re-tagging an article (argument @a): its automatic tags go, manual ones stay.</summary>
    public const string DeleteAutomaticTags = "DELETE FROM tags WHERE article_id = @a AND NOT manual";

    public const string InsertTag = """
        INSERT INTO tags (article_id, kind, value, score, why, manual) VALUES (@a, @kind, @value, @score, @why, @manual)
        ON CONFLICT (article_id, kind, value) DO NOTHING
        """;

    public static (string, object?)[] InsertTagArgs(long articleId, Tag tag)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tag.Value);
        return [("a", articleId), ("kind", tag.Kind.ToString()), ("value", tag.Value), ("score", tag.Score), ("why", tag.Why), ("manual", tag.Manual)];
    }
}
