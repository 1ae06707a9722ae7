using Caravan.Model;

namespace Caravan.Storage;

/// <summary>The editor_users table (statements in <see cref="StoreSql"/>; names compare without case).</summary>
public abstract partial class SqlStore
{
    public async Task<bool> SaveUserAsync(EditorUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var c = await OpenDbAsync(ct);
        var existed = await c.ScalarAsync<long>(Sql, StoreSql.UserExists(Sql), ct, null, ("name", user.Name)) > 0;
        await c.ExecuteAsync(Sql, StoreSql.SaveUser(Sql), ct, null, ("name", user.Name), ("hash", user.PasswordHash), ("created", Sql.Time(user.CreatedAt)));
        return !existed;
    }

    public async Task<EditorUser?> GetUserAsync(string name, CancellationToken ct)
    {
        await using var c = await OpenDbAsync(ct);
        return (await c.ListAsync(Sql, StoreSql.GetUser(Sql), StoredRows.EditorUser, ct, null, ("name", name))).FirstOrDefault();
    }
}
