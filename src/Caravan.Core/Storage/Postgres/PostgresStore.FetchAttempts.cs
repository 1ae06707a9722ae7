using Caravan.Model;
using Npgsql;

namespace Caravan.Storage.Postgres;

/// <summary>A fetch attempt, written in the ingest batch (reads: <see cref="SqlStore"/>).</summary>
public sealed partial class PostgresStore
{
    static NpgsqlBatchCommand AttemptStatement(long sourceId, FetchAttempt a) =>
        PostgresCommands.Statement(StoreSql.InsertFetchAttempt, StoreSql.FetchAttemptArgs(Dialect, sourceId, a));
}
