using Caravan.Model;
using Microsoft.Data.Sqlite;

namespace Caravan.Storage.Sqlite;

/// <summary>A source's fetch state, written in the ingest transaction (the rest of the sources table: <see cref="SqlStore"/>).</summary>
public sealed partial class SqliteStore
{
    static Task WriteFetchStateAsync(SqliteConnection c, SqliteTransaction tx, long sourceId, SourceFetchState s, CancellationToken ct) =>
        c.ExecuteAsync(StoreSql.WriteFetchState, ct, tx, StoreSql.FetchStateArgs(Dialect, sourceId, s));
}
