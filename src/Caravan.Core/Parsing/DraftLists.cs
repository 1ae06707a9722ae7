namespace Caravan.Parsing;

/// <summary>The author and category lists a feed draft and an item draft both keep: trimmed, blank skipped, each once.</summary>
internal static class DraftLists
{
    public static void AddAuthor(List<string> authors, string? name)
    {
        var trimmed = name?.Trim();
        if (!string.IsNullOrEmpty(trimmed) && !authors.Contains(trimmed))
            authors.Add(trimmed);
    }

    /// <summary>The term joins <paramref name="categories"/> once; the term with its scheme and label joins <paramref name="tags"/> once.</summary>
    public static void AddCategory(List<string> categories, List<Category> tags, string? term, string? scheme, string? label)
    {
        var trimmed = term?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            return;
        if (!categories.Contains(trimmed))
            categories.Add(trimmed);
        Category tag = new(trimmed, FeedDraft.Blank(scheme), FeedDraft.Blank(label));
        if (!tags.Contains(tag))
            tags.Add(tag);
    }
}
