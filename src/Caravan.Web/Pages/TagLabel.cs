using System.Globalization;
using Caravan.Model;
using Caravan.Tagging;

namespace Caravan.Web.Pages;

/// <summary>
/// What a reader sees for a tag: a country or topic as a link to its category page, a place, person or
/// organisation by its gazetteer name (the stored value is the gazetteer id, "KZ.zhanaozen"), a language by name.
/// </summary>
static class TagLabel
{
    public static string Html(Tag tag) => tag.Kind switch
    {
        TagKind.Country when Countries.FromCode(tag.Value) is { } c => $"<a href=\"/category/{c.Slug}\">{Pages.Html.E(c.Name)}</a>",
        TagKind.Topic => $"<a href=\"/category/{Uri.EscapeDataString(Categories.SlugOf(tag.Value))}\">{Pages.Html.E(tag.Value)}</a>",
        _ => Pages.Html.E(Text(tag)),
    };

    /// <summary>The tag's readable name, without markup.</summary>
    public static string Text(Tag tag) => tag.Kind switch
    {
        TagKind.Country => Countries.FromCode(tag.Value)?.Name ?? tag.Value,
        TagKind.Place or TagKind.Person or TagKind.Organisation => Gazetteer.Default.Get(tag.Value)?.Name ?? tag.Value,
        TagKind.Language => LanguageName(tag.Value),
        _ => tag.Value,
    };

    static string LanguageName(string code)
    {
        try
        {
            var name = CultureInfo.GetCultureInfo(code).EnglishName;
            // ICU names a tag it does not know after the tag itself ("zz (NOTALANGUAGE)") or "Unknown language":
            // a real language's English name starts with a capital, the stored code is lower case.
            var primary = code.Split('-')[0].ToLowerInvariant();
            return name.StartsWith(primary, StringComparison.Ordinal) || name.StartsWith("Unknown", StringComparison.Ordinal) ? code : name;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
