using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Caravan.Bench.Storage;

/// <summary>
/// Writes a synthetic archive in the sample archive's layout (outlets.json plus a folder per outlet) that
/// the demo's <c>SampleOrigin</c> serves: <c>sources</c> RSS outlets of <c>items</c> items each, fixed seed.
/// Every other item is a teaser ("[…]") whose page the ingest fetches and extracts, as for WordPress
/// excerpts; every tenth is a wire story shared by several outlets, so the linker has syndication to find.
/// </summary>
static class ScaleOutArchive
{
    public static string Write(int sources, int items)
    {
        var root = Directory.CreateTempSubdirectory("caravan-scale-archive-").FullName;
        var words = Words(3000);
        var wire = Enumerable.Range(0, 40).Select(w => Story(new Random(1000 + w), words)).ToList();
        var outlets = new List<object>();
        for (var s = 0; s < sources; s++)
        {
            var slug = $"outlet-{s:D4}";
            outlets.Add(new { slug, name = $"Bench Outlet {s}", feed = $"{slug}/feed.xml", kind = "rss", country = (string?)null, language = "en" });
            Directory.CreateDirectory(Path.Combine(root, slug, "a"));
            var rng = new Random(s);
            var feed = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>""");
            feed.Append(CultureInfo.InvariantCulture, $"<title>Bench Outlet {s}</title><link>{{{{origin}}}}/{slug}/</link><description>Synthetic outlet</description>");
            for (var i = 0; i < items; i++)
            {
                var (title, paragraphs) = i % 10 == 0 ? wire[(s / 5 + i / 10) % wire.Count] : Story(rng, words);
                var link = $"{{{{origin}}}}/{slug}/a/{i}";
                var published = new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero).AddMinutes(-(s * 7 + i * 53) % 4000);
                feed.Append(CultureInfo.InvariantCulture, $"<item><title>{WebUtility.HtmlEncode(title)}</title><link>{link}</link>");
                feed.Append(CultureInfo.InvariantCulture, $"<guid isPermaLink=\"false\">{slug}-{i}</guid><pubDate>{published:R}</pubDate>");
                var html = string.Concat(paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));
                if (i % 2 == 1)
                {
                    var excerpt = string.Join(' ', paragraphs[0].Split(' ').Take(25));
                    feed.Append(CultureInfo.InvariantCulture, $"<description><![CDATA[<p>{WebUtility.HtmlEncode(excerpt)} [&#8230;]</p>]]></description></item>");
                    File.WriteAllText(Path.Combine(root, slug, "a", $"{i}.html"),
                        $"<!doctype html><html lang=\"en\"><head><title>{WebUtility.HtmlEncode(title)}</title></head><body><header><nav><a href=\"/\">Home</a></nav></header>" +
                        $"<main><article><h1>{WebUtility.HtmlEncode(title)}</h1>{html}</article></main><footer>© Bench Outlet {s}</footer></body></html>");
                }
                else
                    feed.Append(CultureInfo.InvariantCulture, $"<content:encoded><![CDATA[{html}]]></content:encoded></item>");
            }
            feed.Append("</channel></rss>");
            File.WriteAllText(Path.Combine(root, slug, "feed.xml"), feed.ToString());
        }
        File.WriteAllText(Path.Combine(root, "outlets.json"), JsonSerializer.Serialize(new { outlets }));
        return root;
    }

    static (string Title, string[] Paragraphs) Story(Random rng, string[] words)
    {
        string Sentence(int n) { var w = Enumerable.Range(0, n).Select(_ => words[rng.Next(words.Length)]).ToArray(); w[0] = char.ToUpperInvariant(w[0][0]) + w[0][1..]; return string.Join(' ', w) + "."; }
        var title = Sentence(8).TrimEnd('.');
        var paragraphs = Enumerable.Range(0, 5).Select(_ => string.Join(' ', Enumerable.Range(0, 4).Select(_ => Sentence(rng.Next(9, 18))))).ToArray();
        return (title, paragraphs);
    }

    static string[] Words(int n)
    {
        var rng = new Random(42);
        const string letters = "aeioubcdfghklmnprstvz";
        return Enumerable.Range(0, n).Select(_ => new string(Enumerable.Range(0, rng.Next(3, 10)).Select(k => letters[k % 2 == 0 ? rng.Next(5, letters.Length) : rng.Next(0, 5)]).ToArray())).ToArray();
    }
}
