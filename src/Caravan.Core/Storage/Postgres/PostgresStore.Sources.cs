using Caravan.Model;
using Npgsql;

namespace Caravan.Storage.Postgres;

/// <summary>A source's fetch state, written in the ingest batch (the rest of the sources table: <see cref="SqlStore"/>).</summary>
public sealed partial class PostgresStore
{
    static NpgsqlBatchCommand FetchStateStatement(long sourceId, SourceFetchState s) =>
        PostgresCommands.Statement(StoreSql.WriteFetchState, StoreSql.FetchStateArgs(Dialect, sourceId, s));
}
