using Caravan.Fetching;

namespace Caravan.Ingest;

/// <summary>Fetches the page of a teaser item through the polite, guarded fetcher and extracts its article.</summary>
sealed class FullTextLoader(HttpFetcher fetcher)
{
    public async Task<FullText?> LoadAsync(Uri page, CancellationToken ct)
    {
        var result = await fetcher.FetchAsync(new FetchRequest(page, Purpose: FetchPurpose.ArticlePage), ct);
        if (result is FetchResult.MovedPermanently moved) result = moved.Result;
        if (result is not FetchResult.Fetched f) return null;
        return PageText.Extract(f.Body, result.FinalUrl ?? page, f.ContentType);
    }
}
