namespace Caravan.Storage;

public abstract partial class StoreContract
{
    static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    [StoreFact]
    public async Task ClaimDueSources_EachSourceGoesToOneWorker_UntilReleased()
    {
        var ids = new[] { await AddSourceAsync("a"), await AddSourceAsync("b"), await AddSourceAsync("c") };
        var first = await Store.ClaimDueSourcesAsync("w1", T0, Lease, 2, Ct);
        var second = await Store.ClaimDueSourcesAsync("w2", T0, Lease, 10, Ct);
        Assert.Equal(ids, first.Concat(second).Select(s => s.Id).Order());
        Assert.Equal(2, first.Count);
        Assert.Empty(await Store.ClaimDueSourcesAsync("w3", T0.AddMinutes(1), Lease, 10, Ct));

        Assert.False(await Store.ReleaseLeaseAsync(first[0].Id, "w2", Ct));
        Assert.True(await Store.ReleaseLeaseAsync(first[0].Id, "w1", Ct));
        Assert.Equal(first[0].Id, Assert.Single(await Store.ClaimDueSourcesAsync("w3", T0.AddMinutes(1), Lease, 10, Ct)).Id);
    }

    /// <summary>
    /// Lets <paramref name="by"/> pass on the store's clock as far as leases can tell: lease expiry follows the store's
    /// clock (PostgreSQL's now()), which a test cannot move, so each provider moves its stored lease expiries back instead.
    /// </summary>
    protected abstract Task PassLeaseTimeAsync(TimeSpan by);

    [StoreFact]
    public async Task ClaimDueSources_ExpiredLease_IsTakenOverByAnotherWorker()
    {
        var id = await AddSourceAsync();
        Assert.Single(await Store.ClaimDueSourcesAsync("dead", T0, Lease, 10, Ct));
        await PassLeaseTimeAsync(Lease - TimeSpan.FromSeconds(1));
        Assert.Empty(await Store.ClaimDueSourcesAsync("alive", T0, Lease, 10, Ct));
        await PassLeaseTimeAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(id, Assert.Single(await Store.ClaimDueSourcesAsync("alive", T0, Lease, 10, Ct)).Id);
        Assert.False(await Store.ReleaseLeaseAsync(id, "dead", Ct));
    }

    [StoreFact]
    public async Task ClaimDueSources_ACallerClockFarAhead_CannotTakeALiveLease()
    {
        await AddSourceAsync();
        Assert.Single(await Store.ClaimDueSourcesAsync("behind", T0.AddDays(-30), Lease, 10, Ct));
        Assert.Empty(await Store.ClaimDueSourcesAsync("ahead", T0.AddDays(30), Lease, 10, Ct));
    }

    [StoreFact]
    public async Task RenewLease_ByTheHolder_KeepsOthersOffPastTheFirstExpiry()
    {
        var id = await AddSourceAsync();
        Assert.Single(await Store.ClaimDueSourcesAsync("slow", T0, Lease, 10, Ct));
        await PassLeaseTimeAsync(Lease * 0.75);
        Assert.True(await Store.RenewLeaseAsync(id, "slow", Lease, Ct));
        Assert.False(await Store.RenewLeaseAsync(id, "other", Lease, Ct));
        await PassLeaseTimeAsync(Lease * 0.75); // past the first lease's end, within the renewed one
        Assert.Empty(await Store.ClaimDueSourcesAsync("other", T0, Lease, 10, Ct));
        await PassLeaseTimeAsync(Lease * 0.25);
        Assert.Single(await Store.ClaimDueSourcesAsync("other", T0, Lease, 10, Ct));
    }

    [StoreFact]
    public async Task ClaimDueSources_SkipsSourcesNotDueOrDisabled()
    {
        var later = await AddSourceAsync("later");
        var off = await AddSourceAsync("off");
        await Store.SaveBatchAsync(new IngestBatch
        {
            SourceId = later, Attempt = Attempt(), NewState = new Model.SourceFetchState { NextCheckAt = T0.AddHours(1) },
        }, Ct);
        await Store.SaveBatchAsync(new IngestBatch { SourceId = off, Attempt = Attempt("gone"), Disable = true }, Ct);
        Assert.Empty(await Store.ClaimDueSourcesAsync("w", T0, Lease, 10, Ct));
        Assert.Equal(later, Assert.Single(await Store.ClaimDueSourcesAsync("w", T0.AddHours(1), Lease, 10, Ct)).Id);
    }

    [StoreFact]
    public async Task ClaimDueSources_ManyWorkersAtOnce_NeverShareASource()
    {
        var ids = new List<long>();
        for (int i = 0; i < 40; i++) ids.Add(await AddSourceAsync($"s{i}"));
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            var mine = new List<long>();
            while (await Store.ClaimDueSourcesAsync($"w{w}", T0, Lease, 3, Ct) is { Count: > 0 } got) mine.AddRange(got.Select(s => s.Id));
            return mine;
        })));
        var all = claims.SelectMany(c => c).ToList();
        Assert.Equal(ids, all.Order());
    }
}
