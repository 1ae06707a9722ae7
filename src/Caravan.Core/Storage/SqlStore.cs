using System.Data.Common;

namespace Caravan.Storage;

/// <summary>
/// What the SQLite and PostgreSQL stores do the same way: the methods whose statements (in <see cref="StoreSql"/>) and
/// steps are one text for both, run through a provider-neutral connection. Each provider opens its connections and
/// keeps what it does differently (bulk ingest, search, leases) in its own partial files.
/// </summary>
public abstract partial class SqlStore
{
    private protected SqlStore(SqlDialect dialect, TimeProvider? time)
    {
        Sql = dialect;
        Clock = time ?? TimeProvider.System;
    }

    /// <summary>How this provider spells what the two engines spell differently.</summary>
    private protected SqlDialect Sql { get; }

    private protected TimeProvider Clock { get; }

    /// <summary>An open connection from the provider's pool.</summary>
    private protected abstract Task<DbConnection> OpenDbAsync(CancellationToken ct);
}
