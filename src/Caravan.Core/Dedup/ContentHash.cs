using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Caravan.Dedup;

/// <summary>
/// A hash of an article's normalized title and text: case, whitespace, punctuation and Unicode
/// form are folded, so the same body re-served with cosmetic changes hashes the same.
/// </summary>
public static class ContentHash
{
    public static string Of(string? title, string? text)
    {
        var normalized = Normalize(title ?? "") + "\u0001" + Normalize(text ?? "");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalized));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    /// <summary>Lower case, NFKC, letters and digits only, single spaces.</summary>
    public static string Normalize(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = true;
        foreach (var ch in s.Normalize(NormalizationForm.FormKC))
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (char.IsLetterOrDigit(ch) || cat is UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(ch));
                space = false;
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }
        return sb.ToString().TrimEnd();
    }
}
