using System.Text.RegularExpressions;

namespace Caravan.Cleaning;

/// <summary>Recognises the dateline that opens a news report: "TARAZ, Kazakhstan —", "NUR-SULTAN —", "АЛМАТЫ. 10 ноября —".</summary>
public static partial class Datelines
{
    /// <summary>The dateline (without its dash) if the paragraph opens with one, else null.</summary>
    public static string? FromFirstParagraph(string paragraph)
    {
        var text = paragraph.TrimStart();
        if (text.Length < 8)
            return null;
        var m = Latin().Match(text);
        if (!m.Success)
            m = Cyrillic().Match(text);
        return m.Success ? m.Groups["dateline"].Value.Trim().TrimEnd(',', '.').Trim() : null;
    }

    // A place in capitals (at least three letters), optional ", Country" / ", Nov 10" / "(Reuters)", then a dash.
    [GeneratedRegex(@"^(?<dateline>\p{Lu}[\p{Lu}'’.\-]{2,}(?:[ \-]\p{Lu}[\p{Lu}'’.\-]+){0,3}(?:,\s*\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+){0,2})?(?:,\s*\p{Lu}[a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?(?:\s*\([\p{L} ]{2,30}\))?)\s*[—–-]{1,2}\s+\S")]
    private static partial Regex Latin();

    // Russian agencies: "АЛМАТЫ. 10 ноября —", "АСТАНА, 3 марта. /КазТАГ/ –", "МОСКВА, 10 ноя — РИА Новости".
    [GeneratedRegex(@"^(?<dateline>\p{Lu}[\p{Lu}\-]{2,}(?: \p{Lu}[\p{Lu}\-]+){0,2}[.,]\s*\d{1,2}\s+\p{Ll}{3,9}\.?(?:\s+\d{4}(?:\s*г\.)?)?(?:\.?\s*/[^/\n]{2,30}/)?(?:\s*\([^)\n]{2,30}\))?)\s*[.,]?\s*[—–-]{1,2}\s+\S")]
    private static partial Regex Cyrillic();
}
