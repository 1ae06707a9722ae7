using System.Globalization;
using System.Text;

namespace Caravan.Bench.Parsing;

/// <summary>Writes a few large, realistic feeds (WordPress-style RSS with content:encoded, Atom with HTML content) for the speed benchmark.</summary>
internal static class LargeFeedGenerator
{
    public static IEnumerable<string> Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var rss = Path.Combine(folder, "large-wordpress-rss.xml");
        File.WriteAllText(rss, Rss(items: 2000), new UTF8Encoding(false));
        var atom = Path.Combine(folder, "large-atom.xml");
        File.WriteAllText(atom, Atom(entries: 2000), new UTF8Encoding(false));
        var cyrillic = Path.Combine(folder, "large-cyrillic-windows-1251.xml");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(cyrillic, Encoding.GetEncoding(1251).GetBytes(Rss(items: 1000, cyrillic: true).Replace("encoding=\"UTF-8\"", "encoding=\"windows-1251\"", StringComparison.Ordinal)));
        return [rss, atom, cyrillic];
    }

    private static string Paragraphs(int i, bool cyrillic) => string.Concat(Enumerable.Range(0, 6).Select(p => cyrillic
        ? $"<p>Правительство Кыргызстана {i} обсудило бюджет на {2020 + p} год, сообщает <a href=\"https://24.kg/{i}/{p}\">24.kg</a>. Депутаты задали вопросы о расходах.</p>"
        : $"<p>Paragraph {p} of story {i}: the cabinet met on Tuesday to discuss the <a href=\"https://example.com/{i}/{p}\">budget</a> &amp; the new tariffs on imported goods.</p>"));

    private static string Rss(int items, bool cyrillic = false)
    {
        var builder = new StringBuilder();
        builder.Append("""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Large feed</title><link>https://example.com/</link><description>Generated</description><language>ru</language><atom:link rel="self" href="https://example.com/feed/"/>""");
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < items; i++)
        {
            var date = start.AddMinutes(-37 * i).ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
            builder.Append(CultureInfo.InvariantCulture, $"<item><title>{(cyrillic ? "Новость" : "Story")} number {i} &amp; more</title><link>https://example.com/news/{i}</link><guid isPermaLink=\"false\">https://example.com/?p={i}</guid><pubDate>{date}</pubDate><dc:creator><![CDATA[Author {i % 17}]]></dc:creator><category><![CDATA[Politics]]></category><category><![CDATA[Economy]]></category><description><![CDATA[<p>Summary of story {i}.</p>]]></description><content:encoded><![CDATA[{Paragraphs(i, cyrillic)}]]></content:encoded><media:thumbnail url=\"https://example.com/img/{i}.jpg\"/></item>");
        }
        builder.Append("</channel></rss>");
        return builder.ToString();
    }

    private static string Atom(int entries)
    {
        var builder = new StringBuilder();
        builder.Append("""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Large Atom</title><link href="https://example.org/"/><id>urn:example:feed</id><updated>2026-01-01T00:00:00Z</updated>""");
        for (var i = 0; i < entries; i++)
            builder.Append(CultureInfo.InvariantCulture, $"<entry><id>urn:example:{i}</id><title type=\"html\">Entry {i} &amp;amp; friends</title><link rel=\"alternate\" href=\"/posts/{i}\"/><published>2025-12-{1 + i % 28:00}T10:{i % 60:00}:00+03:00</published><updated>2025-12-{1 + i % 28:00}T11:00:00Z</updated><author><name>Writer {i % 9}</name></author><category term=\"news\"/><summary type=\"html\">&lt;p&gt;Summary {i}&lt;/p&gt;</summary><content type=\"html\">{System.Net.WebUtility.HtmlEncode(Paragraphs(i, false))}</content></entry>");
        builder.Append("</feed>");
        return builder.ToString();
    }
}
