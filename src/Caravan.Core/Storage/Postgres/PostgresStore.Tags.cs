using Caravan.Model;
using Npgsql;

namespace Caravan.Storage.Postgres;

/// <summary>Writing an article's tags in the ingest batch (reads: <see cref="SqlStore"/>). Manual tags (editors' corrections) survive re-tagging.</summary>
public sealed partial class PostgresStore
{
    /// <summary>The statements that replace an article's automatic tags, corrections applied again; sent in the caller's batch.</summary>
    static List<NpgsqlBatchCommand> ReplaceTagsStatements(long articleId, IReadOnlyList<Tag> tags)
    {
        List<NpgsqlBatchCommand> statements = [PostgresCommands.Statement(StoreSql.DeleteAutomaticTags, ("a", articleId))];
        foreach (var t in tags)
            statements.Add(PostgresCommands.Statement(StoreSql.InsertTag, StoreSql.InsertTagArgs(articleId, t)));
        foreach (var sql in StoreSql.ApplyTagCorrections)
            statements.Add(PostgresCommands.Statement(sql, ("a", articleId)));
        return statements;
    }
}
