namespace Caravan.Fetching;

/// <summary>Why a URL is fetched; article pages obey robots.txt, feeds by default do not.</summary>
public enum FetchPurpose { Feed, ArticlePage }

/// <summary>One URL to fetch, with the validators remembered from the last fetch (RFC 9110 §13.1).</summary>
public sealed record FetchRequest(Uri Url, string? ETag = null, string? LastModified = null, FetchPurpose Purpose = FetchPurpose.Feed);
