using Caravan.Model;

namespace Caravan.Storage;

/// <summary>Reading the tags table (statements in <see cref="StoreSql"/>); each provider writes tags within its own ingest batch.</summary>
public abstract partial class SqlStore
{
    public async Task<IReadOnlyList<Tag>> ListTagsAsync(long articleId, CancellationToken ct)
    {
        await using var c = await OpenDbAsync(ct);
        return await c.ListAsync(Sql, StoreSql.TagsOfArticle(Sql), StoredRows.Tag, ct, null, ("a", articleId));
    }

    public async Task<IReadOnlyDictionary<long, IReadOnlyList<Tag>>> ListTagsAsync(IReadOnlyCollection<long> articleIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        if (articleIds.Count == 0) return new Dictionary<long, IReadOnlyList<Tag>>();
        await using var c = await OpenDbAsync(ct);
        var rows = await c.ListAsync(Sql, StoreSql.TagsOf(Sql), r => (Article: r.GetInt64(0), Tag: StoredRows.Tag(r)), ct, null,
            ("ids", Sql.Ids(articleIds)));
        return rows.GroupBy(t => t.Article).ToDictionary(g => g.Key, g => (IReadOnlyList<Tag>)g.Select(t => t.Tag).ToList());
    }

    public async Task<IReadOnlyDictionary<string, int>> CountTagsAsync(TagKind kind, CancellationToken ct)
    {
        await using var c = await OpenDbAsync(ct);
        var rows = await c.ListAsync(Sql, StoreSql.CountTags(Sql), r => (r.GetString(0), (int)r.GetInt64(1)), ct, null, ("kind", kind.ToString()));
        return rows.ToDictionary(x => x.Item1, x => x.Item2);
    }
}
