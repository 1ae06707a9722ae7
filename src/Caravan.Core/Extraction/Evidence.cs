namespace Caravan.Extraction;

/// <summary>Uses schema.org articleBody as evidence: it replaces the extraction only when the extraction clearly failed
/// (much shorter than the body the publisher declared), never blindly (it is often a truncated teaser).</summary>
internal static class Evidence
{
    /// <summary>Share of the declared body's distinct words that the extracted text contains.</summary>
    public static double Overlap(string extracted, string articleBody)
    {
        var ours = Words(extracted);
        var theirs = Words(articleBody);
        if (theirs.Count == 0)
            return 0;
        var hit = theirs.Count(ours.Contains);
        return (double)hit / theirs.Count;
    }

    static HashSet<string> Words(string text) =>
        Cleaning.Blocks.Key(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    public static string PreferJsonLdWhenExtractionFailed(string extracted, string? articleBody)
    {
        if (string.IsNullOrWhiteSpace(articleBody))
            return extracted;
        var body = articleBody.Replace("\r\n", "\n").Trim();
        if (body.Length < 300 || extracted.Length >= body.Length / 2)
            return extracted;
        var paragraphs = body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join("\n\n", paragraphs.Select(p => Cleaning.Blocks.Collapse(System.Net.WebUtility.HtmlDecode(p))).Where(p => p.Length > 0));
    }
}
