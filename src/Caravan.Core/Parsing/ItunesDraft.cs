using Caravan.Parsing.Xml;

namespace Caravan.Parsing;

/// <summary>iTunes podcast fields while a mapper reads them (channel or item).</summary>
internal sealed class ItunesDraft
{
    private bool seen;
    private bool block;
    private bool? isExplicit;
    private readonly List<string> keywords = [];
    private string? image, duration, subtitle, summary;
    private Person? owner;

    /// <summary>Reads one element of the iTunes namespace; returns false for elements it does not model.</summary>
    public bool Read(FeedNode node)
    {
        var text = node.Text().Trim();
        switch (node.LocalName.ToLowerInvariant())
        {
            // Apple's podcast spec: only "yes" blocks; feedparser agrees (case-sensitive, no trimming of meaning).
            case "block": block = node.Text() == "yes"; break;
            case "explicit":
                isExplicit = node.Text() switch { "yes" or "true" or "explicit" => true, "no" or "false" or "clean" => false, _ => null };
                break;
            case "keywords":
                foreach (var keyword in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    if (!keywords.Contains(keyword))
                        keywords.Add(keyword);
                break;
            case "image": image ??= ExtensionReader.Url(node.Attribute("href") ?? node.Attribute("url") ?? text, node); break;
            case "link" when node.Attribute("rel") == "image": image ??= ExtensionReader.Url(node.Attribute("href"), node); break;
            case "duration": duration ??= text; break;
            case "subtitle": subtitle ??= text; break;
            case "summary": summary ??= text; break;
            case "owner":
                owner ??= new Person(node.Element(Namespaces.Itunes, "name")?.Text().Trim(), node.Element(Namespaces.Itunes, "email")?.Text().Trim(), null);
                break;
            default: return false;
        }
        seen = true;
        return true;
    }

    public IReadOnlyList<string> Keywords => keywords;

    public ItunesInfo? ToInfo() => !seen ? null : new ItunesInfo
    {
        Block = block, Explicit = isExplicit, Keywords = keywords, Image = image, Duration = duration,
        Subtitle = subtitle, Summary = summary, Owner = owner,
    };
}
