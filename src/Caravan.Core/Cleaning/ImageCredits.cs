using System.Text.RegularExpressions;

namespace Caravan.Cleaning;

/// <summary>Recognises photo credit lines: "Image: president.kg", "Photo: AP", "@iStock", "Фото: ТАСС", "Image TCA, A. Potolitsyn".</summary>
public static partial class ImageCredits
{
    /// <summary>The credit (who owns the picture) if the whole line is a credit line, else null.</summary>
    public static string? FromLine(string line)
    {
        var text = line.Trim();
        if (text.Length is < 2 or > 120)
            return null;
        var m = LabelledCredit().Match(text);
        if (m.Success)
            return Tidy(m.Groups["credit"].Value);
        m = HandleCredit().Match(text);
        return m.Success ? Tidy(m.Groups["credit"].Value) : null;
    }

    /// <summary>A credit at the end of a caption: "… without offering evidence. Image: Wikidata" → "Wikidata".</summary>
    public static string? FromCaptionEnd(string caption)
    {
        var m = TrailingCredit().Match(caption.Trim());
        if (!m.Success) m = TrailingHandle().Match(caption.Trim());
        return m.Success ? Tidy(m.Groups["credit"].Value) : null;
    }

    static string Tidy(string credit) => credit.Trim().TrimEnd('.', ')', ']').Trim();

    // "Image TCA, Aleksandr Potolitsyn" has no colon, so the label may be followed by a space and a capital.
    [GeneratedRegex(@"^[(\[]?(?:Images?|Photos?|Photograph|Picture|Pictured|Illustration|Credit|Photo credit|Image credit|Source of (?:photo|image)|Фото|Фотография|Иллюстрация|Изображение|Кадр|Сурет|Суретте|Фото взято)(?:\s*(?:by|courtesy of|from|с сайта|из)\s+|\s*[:：|/—–-]\s*|\s+(?=[\p{Lu}@]))(?<credit>[^\n]{2,100})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledCredit();

    /// <summary>"@iStock", "@hronikatm.com", "@Kaktus.media", "© Reuters": a line that is only a handle or copyright holder.</summary>
    [GeneratedRegex(@"^(?:@|©\s*|\(c\)\s*)(?<credit>[\p{L}\p{N}][\p{L}\p{N}._\-]*(?: [\p{L}\p{N}._\-]+){0,3})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HandleCredit();

    [GeneratedRegex(@"(?:^|[.!?»”)]\s+|\(|\s[|/]\s)(?:Images?|Photos?|Photograph|Credit|Фото|Сурет|Иллюстрация)\s*[:：]\s*(?<credit>[^:\n]{2,80}?)\)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCredit();

    /// <summary>"Smog over Almaty. @iStock": a caption that ends in a bare handle.</summary>
    [GeneratedRegex(@"(?:^|[.!?»”)]\s+)@(?<credit>[\p{L}\p{N}][\p{L}\p{N}._\-]*)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingHandle();
}
