using Caravan.Model;
using Microsoft.Data.Sqlite;

namespace Caravan.Storage.Sqlite;

/// <summary>SQL for the tags table. Manual tags (editors' corrections) survive re-tagging.</summary>
public sealed partial class SqliteStore
{
    public async Task<IReadOnlyList<Tag>> ListTagsAsync(long articleId, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return await c.ListAsync($"SELECT kind, value, score, why, manual FROM tags WHERE article_id = @a ORDER BY {StoreSql.TagOrder(Dialect)}",
            StoredRows.Tag, ct, null, ("a", articleId));
    }

    public async Task<IReadOnlyDictionary<long, IReadOnlyList<Tag>>> ListTagsAsync(IReadOnlyCollection<long> articleIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        if (articleIds.Count == 0) return new Dictionary<long, IReadOnlyList<Tag>>();
        await using var c = await OpenAsync(ct);
        var rows = await c.ListAsync(StoreSql.TagsOf(Dialect), r => (Article: r.GetInt64(0), Tag: StoredRows.Tag(r)), ct, null,
            ("ids", Dialect.Ids(articleIds)));
        return rows.GroupBy(t => t.Article).ToDictionary(g => g.Key, g => (IReadOnlyList<Tag>)g.Select(t => t.Tag).ToList());
    }

    public async Task<IReadOnlyDictionary<string, int>> CountTagsAsync(TagKind kind, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        var rows = await c.ListAsync("""
            SELECT t.value, COUNT(*) FROM tags t JOIN articles a ON a.id = t.article_id
            WHERE t.kind = $kind AND a.link_only = 0 AND a.duplicate_of_id IS NULL
            GROUP BY t.value ORDER BY COUNT(*) DESC, t.value
            """, r => (r.GetString(0), (int)r.GetInt64(1)), ct, null, ("$kind", kind.ToString()));
        return rows.ToDictionary(x => x.Item1, x => x.Item2);
    }

    static async Task ReplaceTagsAsync(SqliteConnection c, SqliteTransaction tx, long articleId, IReadOnlyList<Tag> tags, CancellationToken ct)
    {
        await c.ExecuteAsync("DELETE FROM tags WHERE article_id = $a AND manual = 0", ct, tx, ("$a", articleId));
        foreach (var t in tags)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(t.Value);
            await c.ExecuteAsync("""
                INSERT INTO tags (article_id, kind, value, score, why, manual) VALUES ($a, $kind, $value, $score, $why, $manual)
                ON CONFLICT (article_id, kind, value) DO NOTHING
                """, ct, tx, ("$a", articleId), ("$kind", t.Kind.ToString()), ("$value", t.Value), ("$score", t.Score),
                ("$why", t.Why), ("$manual", t.Manual));
        }
        await ApplyTagCorrectionsAsync(c, tx, articleId, ct);
    }
}
