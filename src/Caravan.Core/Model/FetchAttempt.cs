namespace Caravan.Model;

/// <summary>One poll of one source, kept so a user can see why a source fails.</summary>
public sealed record FetchAttempt
{
    public long Id { get; init; }
    public long SourceId { get; init; }
    public DateTimeOffset At { get; init; }
    /// <summary>The outcome name: fetched, not-modified, gone, timeout, ...</summary>
    public required string Status { get; init; }
    public int? HttpStatus { get; init; }
    public double DurationMs { get; init; }
    public long Bytes { get; init; }
    public int ItemsSeen { get; init; }
    public int ItemsNew { get; init; }
    public string? Error { get; init; }
}
