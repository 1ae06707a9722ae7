using Caravan.Model;
using Microsoft.Data.Sqlite;

namespace Caravan.Storage.Sqlite;

/// <summary>The tags table (statements in <see cref="StoreSql"/>). Manual tags (editors' corrections) survive re-tagging.</summary>
public sealed partial class SqliteStore
{
    public async Task<IReadOnlyList<Tag>> ListTagsAsync(long articleId, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return await c.ListAsync(StoreSql.TagsOfArticle(Dialect), StoredRows.Tag, ct, null, ("a", articleId));
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
        var rows = await c.ListAsync(StoreSql.CountTags(Dialect), r => (r.GetString(0), (int)r.GetInt64(1)), ct, null, ("kind", kind.ToString()));
        return rows.ToDictionary(x => x.Item1, x => x.Item2);
    }

    static async Task ReplaceTagsAsync(SqliteConnection c, SqliteTransaction tx, long articleId, IReadOnlyList<Tag> tags, CancellationToken ct)
    {
        await c.ExecuteAsync(StoreSql.DeleteAutomaticTags, ct, tx, ("a", articleId));
        foreach (var t in tags)
            await c.ExecuteAsync(StoreSql.InsertTag, ct, tx, StoreSql.InsertTagArgs(articleId, t));
        await ApplyTagCorrectionsAsync(c, tx, articleId, ct);
    }
}
