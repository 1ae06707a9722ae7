namespace Caravan.Ingest;

/// <summary>What one refresh of one source did.</summary>
public sealed record RefreshReport(long SourceId, string SourceName, string Status, int ItemsSeen, int New, int Updated, int Unchanged, string? Error)
{
    public bool Failed => Error is not null;
}
