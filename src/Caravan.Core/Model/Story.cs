namespace Caravan.Model;

/// <summary>A cluster of reports of one event across outlets.</summary>
public sealed record Story
{
    public long Id { get; init; }
    public string? Title { get; init; }
    public long? FirstArticleId { get; init; }
    public DateTimeOffset FirstSeenAt { get; init; }
    public DateTimeOffset LastSeenAt { get; init; }
    public int ArticleCount { get; init; }
    public bool Closed { get; init; }
}
