namespace Caravan.Model;

/// <summary>A bearer token for write calls to /api/v1. Only the SHA-256 of the token is stored; the token itself is shown once.</summary>
public sealed record ApiToken
{
    public long Id { get; init; }
    /// <summary>The editor the token acts for.</summary>
    public required string UserName { get; init; }
    /// <summary>What the token is for ("newsroom bot"), so an editor can tell tokens apart.</summary>
    public required string Name { get; init; }
    /// <summary>Lower-case hex SHA-256 of the token.</summary>
    public required string TokenHash { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }
    public bool Revoked => RevokedAt is not null;
}
