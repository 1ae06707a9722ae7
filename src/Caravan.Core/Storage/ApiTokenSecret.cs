using System.Security.Cryptography;
using System.Text;

namespace Caravan.Storage;

/// <summary>
/// API token secrets: 256 random bits, base64url, with a "cvn_" prefix so a leaked token is easy to recognise
/// (and to scan for). A random 256-bit secret needs no slow KDF: SHA-256 of it cannot be reversed or guessed.
/// </summary>
public static class ApiTokenSecret
{
    public const string Prefix = "cvn_";

    /// <summary>A new secret; show it once, store only <see cref="Hash"/>.</summary>
    public static string Create() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Lower-case hex SHA-256 of the secret, as stored.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Whether a string has the shape of a secret (prefix and 43 base64url characters).</summary>
    public static bool LooksValid(string? secret) =>
        secret is { Length: 47 } && secret.StartsWith(Prefix, StringComparison.Ordinal) && secret.AsSpan(Prefix.Length).ContainsAnyExcept(Base64Url) is false;

    static readonly System.Buffers.SearchValues<char> Base64Url = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
}
