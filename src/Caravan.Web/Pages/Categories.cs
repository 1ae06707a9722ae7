using Caravan.Model;
using Caravan.Storage;
using Caravan.Tagging;

namespace Caravan.Web.Pages;

/// <summary>A category page's subject: a country, or a topic tag.</summary>
sealed record Category(string Slug, string Name, TagKind Kind, string Value)
{
    public ArticleQuery Query(int limit) => new() { TagKind = Kind, TagValue = Value, Limit = limit };
}

/// <summary>Finds the category a slug names: countries first (their slugs are fixed), then topic tags in use.</summary>
static class Categories
{
    public static async Task<Category?> ResolveAsync(string slug, ICaravanStore store, CancellationToken ct)
    {
        if (Countries.FromSlug(slug) is { } c) return new Category(c.Slug, c.Name, TagKind.Country, c.Code);
        var topics = await store.CountTagsAsync(TagKind.Topic, ct);
        var topic = topics.Keys.FirstOrDefault(t => string.Equals(SlugOf(t), slug, StringComparison.OrdinalIgnoreCase));
        return topic is null ? null : new Category(SlugOf(topic), char.ToUpperInvariant(topic[0]) + topic[1..], TagKind.Topic, topic);
    }

    /// <summary>A topic value as a URL segment: lower case, spaces as hyphens.</summary>
    public static string SlugOf(string topic) => topic.Trim().ToLowerInvariant().Replace(' ', '-');
}
