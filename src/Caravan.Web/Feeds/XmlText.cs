using System.Text;

namespace Caravan.Web.Feeds;

/// <summary>Text made safe for XML 1.0, which forbids most control characters even when escaped (XML 1.0 §2.2).</summary>
static class XmlText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (!text.Any(NeedsWork)) return text;
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { sb.Append(c).Append(text[++i]); continue; }
            if (char.IsSurrogate(c) || !IsXmlChar(c)) continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    static bool NeedsWork(char c) => char.IsSurrogate(c) || !IsXmlChar(c);

    static bool IsXmlChar(char c) => c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
}
