namespace Caravan.Fetching;

/// <summary>Every limit the fetcher obeys; bound from the configuration section <c>Fetching</c>.</summary>
public sealed record FetchOptions
{
    public const string SectionName = "Fetching";

    /// <summary>Total time for one fetch: connect, headers and body of every redirect hop (not the wait for the host's turn).</summary>
    public double TimeoutSeconds { get; init; } = 30;
    public double ConnectTimeoutSeconds { get; init; } = 10;
    /// <summary>Counted on decompressed bytes, so a gzip bomb stops here too.</summary>
    public long MaxBodyBytes { get; init; } = 15 * 1024 * 1024;
    public int MaxRedirects { get; init; } = 5;
    /// <summary>Sent on every request; names Caravan and a contact URL, as crawler etiquette asks.</summary>
    public string UserAgent { get; init; } = "Caravan/0.1 (news aggregator; +https://github.com/caravan-news/caravan/blob/main/docs/bot.md)";
    /// <summary>The product token matched against robots.txt groups (RFC 9309 §2.2.1).</summary>
    public string RobotsProductToken { get; init; } = "Caravan";
    public int PerHostConcurrency { get; init; } = 1;
    public int MinDelayBetweenRequestsToHostMs { get; init; } = 1000;
    /// <summary>Comma-separated host names or CIDR ranges that may resolve to internal addresses.</summary>
    public string AllowedHosts { get; init; } = "";
    /// <summary>Readers poll feeds without asking robots.txt; crawlers of article pages must ask.</summary>
    public bool RespectRobotsForFeeds { get; init; }
    /// <summary>RFC 9309 §2.4: a cached robots.txt should not be used for more than 24 hours.</summary>
    public int RobotsCacheMinutes { get; init; } = 24 * 60;
    /// <summary>Connections idle longer than this are closed; keeps sockets few across many hosts.</summary>
    public int PooledConnectionIdleSeconds { get; init; } = 60;

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);
    public TimeSpan ConnectTimeout => TimeSpan.FromSeconds(ConnectTimeoutSeconds);
    public TimeSpan MinDelayBetweenRequestsToHost => TimeSpan.FromMilliseconds(MinDelayBetweenRequestsToHostMs);

    /// <summary>The parsed allow-list; throws <see cref="ArgumentException"/> on a malformed entry.</summary>
    public HostAllowList ParseAllowedHosts() => HostAllowList.Parse(AllowedHosts);

    /// <summary>Throws one <see cref="ArgumentException"/> naming every bad value, so startup fails once and clearly.</summary>
    public void Validate()
    {
        var problems = new List<string>();
        if (!(TimeoutSeconds > 0)) problems.Add($"{SectionName}:TimeoutSeconds must be positive");
        if (!(ConnectTimeoutSeconds > 0)) problems.Add($"{SectionName}:ConnectTimeoutSeconds must be positive");
        if (MaxBodyBytes <= 0) problems.Add($"{SectionName}:MaxBodyBytes must be positive");
        if (MaxBodyBytes > Array.MaxLength) problems.Add($"{SectionName}:MaxBodyBytes must be at most {Array.MaxLength}");
        if (MaxRedirects is < 0 or > 20) problems.Add($"{SectionName}:MaxRedirects must be between 0 and 20");
        if (string.IsNullOrWhiteSpace(UserAgent)) problems.Add($"{SectionName}:UserAgent must not be empty");
        if (string.IsNullOrWhiteSpace(RobotsProductToken)) problems.Add($"{SectionName}:RobotsProductToken must not be empty");
        if (PerHostConcurrency < 1) problems.Add($"{SectionName}:PerHostConcurrency must be at least 1");
        if (MinDelayBetweenRequestsToHostMs < 0) problems.Add($"{SectionName}:MinDelayBetweenRequestsToHostMs must not be negative");
        if (RobotsCacheMinutes < 0) problems.Add($"{SectionName}:RobotsCacheMinutes must not be negative");
        if (PooledConnectionIdleSeconds < 1) problems.Add($"{SectionName}:PooledConnectionIdleSeconds must be at least 1");
        try { ParseAllowedHosts(); }
        catch (ArgumentException e) { problems.Add(e.Message); }
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems));
    }
}
