using Caravan.Model;

namespace Caravan.Storage;

/// <summary>The stories table (statements in <see cref="StoreSql"/>).</summary>
public abstract partial class SqlStore
{
    public async Task<Story?> GetStoryAsync(long id, CancellationToken ct)
    {
        await using var c = await OpenDbAsync(ct);
        return (await c.ListAsync(Sql, StoreSql.LiveStoryById, StoredRows.Story, ct, null, ("id", id))).FirstOrDefault();
    }

    public async Task<IReadOnlyList<Story>> ListStoriesAsync(StoryQuery q, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(q);
        var limit = Math.Clamp(q.Limit, 1, StoryQuery.MaxLimit);
        await using var c = await OpenDbAsync(ct);
        return q.BeforeLastSeen is { } before
            ? await c.ListAsync(Sql, StoreSql.RecentStoriesBefore, StoredRows.Story, ct, null,
                ("before", Sql.Time(before)), ("beforeId", q.BeforeId ?? long.MaxValue), ("limit", limit))
            : await c.ListAsync(Sql, StoreSql.RecentStories, StoredRows.Story, ct, null, ("limit", limit));
    }

    public async Task<Story> SaveStoryAsync(Story story, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(story);
        await using var c = await OpenDbAsync(ct);
        var args = StoreSql.StoryArgs(Sql, story);
        var saved = story.Id == 0
            ? await c.ListAsync(Sql, StoreSql.InsertStory, StoredRows.Story, ct, null, args)
            : await c.ListAsync(Sql, StoreSql.UpdateStory, StoredRows.Story, ct, null, [("id", story.Id), .. args]);
        return saved.Count == 1 ? saved[0] : throw new ArgumentException($"There is no story {story.Id}.", nameof(story));
    }

    public async Task<IReadOnlyList<StoryReport>> ListStoryReportsAsync(IReadOnlyCollection<long> storyIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(storyIds);
        if (storyIds.Count == 0) return [];
        await using var c = await OpenDbAsync(ct);
        return await c.ListAsync(Sql, StoreSql.StoryReports(Sql), StoredRows.StoryReport, ct, null, ("ids", Sql.Ids(storyIds)));
    }
}
