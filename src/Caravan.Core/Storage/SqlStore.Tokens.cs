using Caravan.Model;

namespace Caravan.Storage;

/// <summary>The api_tokens table (statements in <see cref="StoreSql"/>).</summary>
public abstract partial class SqlStore
{
    public async Task<ApiToken> AddApiTokenAsync(ApiToken token, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(token);
        await using var c = await OpenDbAsync(ct);
        var id = await c.ScalarAsync<long>(Sql, StoreSql.AddApiToken, ct, null,
            ("user", token.UserName), ("name", token.Name), ("hash", token.TokenHash), ("created", Sql.Time(token.CreatedAt)));
        return token with { Id = id, CreatedAt = StoredTime.Truncate(token.CreatedAt), RevokedAt = null };
    }

    public async Task<ApiToken?> FindApiTokenAsync(string tokenHash, CancellationToken ct)
    {
        await using var c = await OpenDbAsync(ct);
        return (await c.ListAsync(Sql, StoreSql.ApiTokenByHash, StoredRows.ApiToken, ct, null, ("hash", tokenHash))).FirstOrDefault();
    }

    public async Task<IReadOnlyList<ApiToken>> ListApiTokensAsync(string userName, CancellationToken ct)
    {
        await using var c = await OpenDbAsync(ct);
        return await c.ListAsync(Sql, StoreSql.ApiTokensOf(Sql), StoredRows.ApiToken, ct, null, ("user", userName));
    }

    public async Task<bool> RevokeApiTokenAsync(long id, DateTimeOffset at, CancellationToken ct)
    {
        await using var c = await OpenDbAsync(ct);
        return await c.ExecuteAsync(Sql, StoreSql.RevokeApiToken, ct, null, ("id", id), ("at", Sql.Time(at))) == 1;
    }
}
