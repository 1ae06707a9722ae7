using Caravan.Model;
using Microsoft.Data.Sqlite;

namespace Caravan.Storage.Sqlite;

/// <summary>Writing an article's tags in the ingest transaction (reads: <see cref="SqlStore"/>). Manual tags (editors' corrections) survive re-tagging.</summary>
public sealed partial class SqliteStore
{
    static async Task ReplaceTagsAsync(SqliteConnection c, SqliteTransaction tx, long articleId, IReadOnlyList<Tag> tags, CancellationToken ct)
    {
        await c.ExecuteAsync(StoreSql.DeleteAutomaticTags, ct, tx, ("a", articleId));
        foreach (var t in tags)
            await c.ExecuteAsync(StoreSql.InsertTag, ct, tx, StoreSql.InsertTagArgs(articleId, t));
        foreach (var sql in StoreSql.ApplyTagCorrections)
            await c.ExecuteAsync(sql, ct, tx, ("a", articleId));
    }
}
