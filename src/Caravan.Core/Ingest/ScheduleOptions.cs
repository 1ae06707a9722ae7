namespace Caravan.Ingest;

/// <summary>How often sources are polled and how failures slow polling down; configuration section <c>Scheduling</c>.</summary>
public sealed record ScheduleOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>Never poll a source more often than this (Miniflux: 5 min).</summary>
    public double MinIntervalMinutes { get; init; } = 5;
    /// <summary>Poll every healthy source at least this often (Miniflux: 1,440 min).</summary>
    public double MaxIntervalMinutes { get; init; } = 24 * 60;
    /// <summary>The first retry after an error waits this long; each further error doubles it.</summary>
    public double BackoffBaseMinutes { get; init; } = 10;
    public double BackoffMaxMinutes { get; init; } = 12 * 60;
    /// <summary>Each wait is multiplied by a random factor in [1 - this, 1 + this] so retries spread out.</summary>
    public double JitterFraction { get; init; } = 0.2;
    /// <summary>After this many consecutive failures a source is shown as broken.</summary>
    public int BrokenAfterFailures { get; init; } = 10;
    /// <summary>A broken source is still tried, this rarely.</summary>
    public double BrokenRetryMinutes { get; init; } = 24 * 60;
    /// <summary>A server's Retry-After is honoured up to this; past it the server is asking for too much.</summary>
    public double MaxRetryAfterMinutes { get; init; } = 7 * 24 * 60;
    /// <summary>How many sources are fetched at once in one scheduler pass.</summary>
    public int GlobalConcurrency { get; init; } = 16;
    /// <summary>How often the scheduler looks for sources that came due.</summary>
    public double PollSeconds { get; init; } = 30;

    /// <summary>
    /// A worker holds each source it claims this long (scale-out leases); one that dies mid-fetch gives its
    /// sources up when the lease expires (measured on the store's clock). A refresh renews it every third of this.
    /// </summary>
    public double LeaseSeconds { get; init; } = 300;

    /// <summary>
    /// At most this share of the time goes to linking passes while articles keep coming: after a pass the linker waits
    /// that pass's duration times (1 / share - 1) before the next. A pass that holds a late report places the log
    /// after it again whatever the pass's size (story membership is that of report order), so fewer, larger passes
    /// cost less in all; a pass of a few milliseconds waits a few milliseconds more.
    /// </summary>
    public double LinkerBusyShare { get; init; } = 0.25;

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);
    public TimeSpan MinInterval => TimeSpan.FromMinutes(MinIntervalMinutes);
    public TimeSpan MaxInterval => TimeSpan.FromMinutes(MaxIntervalMinutes);

    /// <summary>Throws one <see cref="ArgumentException"/> naming every bad value.</summary>
    public void Validate()
    {
        var problems = new List<string>();
        if (!(MinIntervalMinutes > 0)) problems.Add($"{SectionName}:MinIntervalMinutes must be positive");
        if (!(MaxIntervalMinutes >= MinIntervalMinutes)) problems.Add($"{SectionName}:MaxIntervalMinutes must be at least MinIntervalMinutes");
        if (!(BackoffBaseMinutes > 0)) problems.Add($"{SectionName}:BackoffBaseMinutes must be positive");
        if (!(BackoffMaxMinutes >= BackoffBaseMinutes)) problems.Add($"{SectionName}:BackoffMaxMinutes must be at least BackoffBaseMinutes");
        if (JitterFraction is < 0 or >= 1) problems.Add($"{SectionName}:JitterFraction must be in [0, 1)");
        if (BrokenAfterFailures < 1) problems.Add($"{SectionName}:BrokenAfterFailures must be at least 1");
        if (!(BrokenRetryMinutes > 0)) problems.Add($"{SectionName}:BrokenRetryMinutes must be positive");
        if (!(MaxRetryAfterMinutes > 0)) problems.Add($"{SectionName}:MaxRetryAfterMinutes must be positive");
        if (GlobalConcurrency < 1) problems.Add($"{SectionName}:GlobalConcurrency must be at least 1");
        if (!(PollSeconds > 0)) problems.Add($"{SectionName}:PollSeconds must be positive");
        if (!(LeaseSeconds > 0)) problems.Add($"{SectionName}:LeaseSeconds must be positive");
        if (!(LinkerBusyShare is > 0 and <= 1)) problems.Add($"{SectionName}:LinkerBusyShare must be in (0, 1]");
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems));
    }
}
