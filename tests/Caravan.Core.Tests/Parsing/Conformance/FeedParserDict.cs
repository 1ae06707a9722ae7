namespace Caravan.Parsing.Conformance;

/// <summary>
/// feedparser's FeedParserDict lookup: a key it renamed still answers under its old name (guid is id, url is href,
/// copyright is rights, description is summary or subtitle, ...), and category reads the first tag's term.
/// The evaluator reads the view through this, as feedparser's own tests read its result.
/// </summary>
internal static class FeedParserDict
{
    private static readonly Dictionary<string, string[]> KeyMap = new()
    {
        ["channel"] = ["feed"], ["items"] = ["entries"], ["guid"] = ["id"], ["date"] = ["updated"], ["date_parsed"] = ["updated_parsed"],
        ["description"] = ["summary", "subtitle"], ["description_detail"] = ["summary_detail", "subtitle_detail"], ["url"] = ["href"],
        ["modified"] = ["updated"], ["modified_parsed"] = ["updated_parsed"], ["issued"] = ["published"], ["issued_parsed"] = ["published_parsed"],
        ["copyright"] = ["rights"], ["copyright_detail"] = ["rights_detail"], ["tagline"] = ["subtitle"], ["tagline_detail"] = ["subtitle_detail"],
    };

    public static bool TryGet(Dictionary<string, object?> dict, string key, out object? value)
    {
        if (key == "category" && dict.TryGetValue("tags", out var tags) && tags is List<object?> { Count: > 0 } list && list[0] is Dictionary<string, object?> first)
            return first.TryGetValue("term", out value);
        if (KeyMap.TryGetValue(key, out var realKeys))
            foreach (var realKey in realKeys)
                if (dict.TryGetValue(realKey, out value))
                    return true;
        return dict.TryGetValue(key, out value);
    }
}
