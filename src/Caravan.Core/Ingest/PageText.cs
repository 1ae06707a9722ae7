using Caravan.Extraction;

namespace Caravan.Ingest;

/// <summary>The article of a fetched page, as the ingest needs it.</summary>
static class PageText
{
    public static FullText? Extract(byte[] page, Uri url, string? contentType)
    {
        var a = ArticleExtractor.Extract(page, url, contentType);
        if (string.IsNullOrWhiteSpace(a.Text)) return null;
        return new FullText(a.Text, a.Html)
        {
            Title = a.Title,
            Byline = a.Byline,
            Dateline = a.Dateline,
            Published = a.Published,
            ImageUrl = a.Image?.AbsoluteUri,
            ImageCredit = a.ImageCredit,
        };
    }
}
