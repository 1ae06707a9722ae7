using Caravan.Model;

namespace Caravan.Storage.Postgres;

/// <summary>SQL for the editor_users table (StoreSql, the same on both providers; names compare without case).</summary>
public sealed partial class PostgresStore
{
    public async Task<bool> SaveUserAsync(EditorUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var c = await OpenAsync(ct);
        var existed = await c.ScalarAsync<long>(StoreSql.UserExists(Dialect), ct, null, ("name", user.Name)) > 0;
        await c.ExecuteAsync(StoreSql.SaveUser(Dialect), ct, null, ("name", user.Name), ("hash", user.PasswordHash), ("created", Dialect.Time(user.CreatedAt)));
        return !existed;
    }

    public async Task<EditorUser?> GetUserAsync(string name, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return (await c.ListAsync(StoreSql.GetUser(Dialect), StoredRows.EditorUser, ct, null, ("name", name))).FirstOrDefault();
    }
}
