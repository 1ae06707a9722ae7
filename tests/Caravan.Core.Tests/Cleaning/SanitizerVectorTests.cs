using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Caravan.Cleaning;

// Checks each sanitized vector structurally: re-parsed as a browser would, only allow-listed elements,
// attributes and URL schemes remain, and sanitizing again changes nothing (no mutation through re-parsing).
public class SanitizerVectorTests
{
    static readonly HashSet<string> AllowedAttributes =
    [
        "title", "lang", "dir", "alt", "width", "height", "colspan", "rowspan", "headers", "scope", "abbr", "span",
        "start", "reversed", "type", "value", "datetime", "open", "href", "rel", "src", "cite", "sandbox",
        "allowfullscreen", "loading", "referrerpolicy",
    ];

    [Fact]
    public void Corpus_CoversEnoughVectorsAndCategories()
    {
        var vectors = XssVectors.Load();

        Assert.True(vectors.Count >= 80, $"only {vectors.Count} vectors");
        Assert.True(vectors.Select(v => v.Category).Distinct().Count() >= 60);
    }

    [Theory]
    [MemberData(nameof(XssVectors.Indexes), MemberType = typeof(XssVectors))]
    public void Clean_Vector_LeavesOnlyAllowedMarkup(int index)
    {
        var vector = XssVectors.Load()[index];

        var clean = Sanitizer.Clean(vector.Html, XssVectors.PageBase);

        var body = new HtmlParser().ParseDocument("<!doctype html><body>" + clean).Body!;
        foreach (var element in body.QuerySelectorAll("*"))
        {
            Assert.True(element.NamespaceUri == NamespaceNames.HtmlUri, $"{vector.Category}: foreign element {element.LocalName}");
            Assert.True(element.LocalName == "iframe" || SanitizerPolicy.AllowedElements.Contains(element.LocalName),
                $"{vector.Category}: element {element.LocalName} in {clean}");
            foreach (var attr in element.Attributes)
            {
                Assert.True(AllowedAttributes.Contains(attr.Name), $"{vector.Category}: attribute {attr.Name} in {clean}");
                if (attr.Name is "href" or "src" or "cite")
                    AssertSafeUrl(element.LocalName, attr.Value, vector, clean);
            }
        }
        Assert.Equal(clean, Sanitizer.Clean(clean, XssVectors.PageBase));
    }

    static void AssertSafeUrl(string element, string value, XssVectors.Vector vector, string clean)
    {
        if (element == "img" && value.StartsWith("data:image/", StringComparison.Ordinal))
        {
            Assert.False(value.StartsWith("data:image/svg", StringComparison.OrdinalIgnoreCase), $"{vector.Category}: svg data in {clean}");
            return;
        }
        Assert.True(Uri.TryCreate(value, UriKind.Absolute, out var uri), $"{vector.Category}: unparsable URL {value}");
        var allowed = element == "iframe" ? uri.Scheme == "https" : uri.Scheme is "http" or "https" or "mailto";
        Assert.True(allowed, $"{vector.Category}: scheme {uri.Scheme} in {clean}");
    }
}
