using AngleSharp.Dom;
using Caravan.Cleaning;

namespace Caravan.Extraction;

/// <summary>
/// Short lines made of nothing but links: a breadcrumb trail ("Home » Travel »") or a post's category and tag links
/// (WordPress marks them <c>rel="category tag"</c>). They say where the page sits on the site, not what the story says.
/// </summary>
internal static class LinkTrails
{
    static readonly HashSet<string> Anchor = ["a"];

    public static bool IsMatch(IElement block, string text)
    {
        var links = Descendants.Named(block, Anchor);
        if (links.Count == 0)
            return false;
        var linkLetters = 0;
        var allTags = true;
        foreach (var link in links)
        {
            linkLetters += Letters(Blocks.TextOf(link), out _);
            allTags &= link.GetAttribute("rel") is { } rel && rel.Split(' ').Contains("tag");
        }
        // Every letter is inside a link; what is left between them is arrows, commas and spaces.
        return Letters(text, out var arrows) == linkLetters && linkLetters > 0 && (allTags || (links.Count >= 2 && arrows));
    }

    static int Letters(string text, out bool arrows)
    {
        var n = 0;
        arrows = false;
        foreach (var c in text)
        {
            if (c is '»' or '›' or '>' or '→') arrows = true;
            else if (!char.IsWhiteSpace(c) && c is not (',' or '|' or '·' or '•' or ';')) n++;
        }
        return n;
    }
}
