namespace Caravan.Storage.Postgres;

/// <summary>The change counter the migration's triggers advance (0020_story_listing_and_changes.sql).</summary>
public sealed partial class PostgresStore
{
    public async Task<long> GetChangeVersionAsync(CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        // Before the first nextval() the sequence reports last_value 1 with is_called false.
        return await c.ScalarAsync<long>("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM store_change_seq", ct);
    }
}
