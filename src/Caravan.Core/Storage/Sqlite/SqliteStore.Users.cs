using Caravan.Model;

namespace Caravan.Storage.Sqlite;

/// <summary>SQL for the editor_users table.</summary>
public sealed partial class SqliteStore
{
    public async Task<bool> SaveUserAsync(EditorUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var c = await OpenAsync(ct);
        var existed = await c.ScalarAsync<long>("SELECT COUNT(*) FROM editor_users WHERE name = $name", ct, null, ("$name", user.Name)) > 0;
        await c.ExecuteAsync("""
            INSERT INTO editor_users (name, password_hash, created_at) VALUES ($name, $hash, $created)
            ON CONFLICT (name) DO UPDATE SET password_hash = excluded.password_hash
            """, ct, null, ("$name", user.Name), ("$hash", user.PasswordHash), ("$created", StoredTime.ToText(user.CreatedAt)));
        return !existed;
    }

    public async Task<EditorUser?> GetUserAsync(string name, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return (await c.ListAsync("SELECT * FROM editor_users WHERE name = $name", StoredRows.EditorUser, ct, null, ("$name", name))).FirstOrDefault();
    }
}
