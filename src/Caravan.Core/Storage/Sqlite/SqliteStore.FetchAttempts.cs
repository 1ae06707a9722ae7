using Caravan.Model;
using Microsoft.Data.Sqlite;

namespace Caravan.Storage.Sqlite;

/// <summary>A fetch attempt, written in the ingest transaction (reads: <see cref="SqlStore"/>).</summary>
public sealed partial class SqliteStore
{
    static Task InsertAttemptAsync(SqliteConnection c, SqliteTransaction tx, long sourceId, FetchAttempt a, CancellationToken ct) =>
        c.ExecuteAsync(StoreSql.InsertFetchAttempt, ct, tx, StoreSql.FetchAttemptArgs(Dialect, sourceId, a));
}
