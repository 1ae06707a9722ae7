namespace Caravan.Web.Digests;

/// <summary>A region's digest for a day or a week: the top stories, one entry each.</summary>
public sealed record Digest(string RegionSlug, string RegionName, DateOnly From, DateOnly To, IReadOnlyList<DigestEntry> Entries)
{
    public string Title => From == To
        ? $"{RegionName} digest, {From:d MMMM yyyy}"
        : $"{RegionName} weekly digest, {From:d MMM} to {To:d MMM yyyy}";
}

/// <summary>One story in a digest: headline, outlet, link, lead image credit and a two-sentence summary.</summary>
public sealed record DigestEntry(
    long ArticleId, string Headline, string Outlet, DateTimeOffset PublishedAt, string? Url, string? ImageUrl, string? ImageCredit,
    string Summary, int Outlets, string? Language = null);

/// <summary>The regions a digest can cover: Central Asia as a whole, or one country by its slug.</summary>
public sealed record DigestRegion(string Slug, string Name, IReadOnlyList<string> CountryCodes)
{
    public static DigestRegion? FromSlug(string slug)
    {
        if (slug == "central-asia") return new(slug, "Central Asia", Tagging.Countries.CentralAsia);
        return Tagging.Countries.FromSlug(slug) is { } c ? new(c.Slug, c.Name, [c.Code]) : null;
    }
}
