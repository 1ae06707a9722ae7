using Caravan.Model;
using Microsoft.Data.Sqlite;

namespace Caravan.Storage.Sqlite;

/// <summary>SQL for the api_tokens table.</summary>
public sealed partial class SqliteStore
{
    public async Task<ApiToken> AddApiTokenAsync(ApiToken token, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(token);
        await using var c = await OpenAsync(ct);
        var id = await c.ScalarAsync<long>("""
            INSERT INTO api_tokens (user_name, name, token_hash, created_at) VALUES ($user, $name, $hash, $created) RETURNING id
            """, ct, null, ("$user", token.UserName), ("$name", token.Name), ("$hash", token.TokenHash), ("$created", StoredTime.ToText(token.CreatedAt)));
        return token with { Id = id, CreatedAt = StoredTime.Truncate(token.CreatedAt), RevokedAt = null };
    }

    public async Task<ApiToken?> FindApiTokenAsync(string tokenHash, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return (await c.ListAsync("SELECT * FROM api_tokens WHERE token_hash = $hash", StoredRows.ApiToken, ct, null, ("$hash", tokenHash))).FirstOrDefault();
    }

    public async Task<IReadOnlyList<ApiToken>> ListApiTokensAsync(string userName, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return await c.ListAsync("SELECT * FROM api_tokens WHERE user_name = $user ORDER BY id", StoredRows.ApiToken, ct, null, ("$user", userName));
    }

    public async Task<bool> RevokeApiTokenAsync(long id, DateTimeOffset at, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return await c.ExecuteAsync("UPDATE api_tokens SET revoked_at = $at WHERE id = $id AND revoked_at IS NULL", ct, null,
            ("$id", id), ("$at", StoredTime.ToText(at))) == 1;
    }

}
