namespace Caravan.Model;

/// <summary>An editor allowed into the desk; the password is kept only as a KDF hash string.</summary>
public sealed record EditorUser
{
    public required string Name { get; init; }
    /// <summary>"pbkdf2-sha256$iterations$salt$hash" (base64 parts), see Storage/PasswordHasher.</summary>
    public required string PasswordHash { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
