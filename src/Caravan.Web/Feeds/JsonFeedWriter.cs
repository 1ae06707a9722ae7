using System.Text.Json;

namespace Caravan.Web.Feeds;

/// <summary>Writes JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/).</summary>
static class JsonFeedWriter
{
    public static byte[] Write(FeedDocument feed)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("version", "https://jsonfeed.org/version/1.1");
            w.WriteString("title", feed.Title);
            w.WriteString("home_page_url", feed.HomePageUrl.AbsoluteUri);
            w.WriteString("feed_url", feed.FeedUrl(FeedFormat.Json).AbsoluteUri);
            w.WriteString("description", feed.Description);
            w.WriteString("language", feed.Language);
            w.WriteStartArray("items");
            foreach (var e in feed.Entries) WriteItem(w, e);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return stream.ToArray();
    }

    static void WriteItem(Utf8JsonWriter w, FeedEntry e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Link.AbsoluteUri);
        w.WriteString("url", e.Link.AbsoluteUri);
        if (e.ExternalUrl is not null) w.WriteString("external_url", e.ExternalUrl.AbsoluteUri);
        w.WriteString("title", e.Title);
        w.WriteString("content_html", e.ContentHtml());
        w.WriteString("summary", e.Summary);
        if (e.ImageUrl is not null) w.WriteString("image", e.ImageUrl.AbsoluteUri);
        w.WriteString("date_published", AtomWriter.Rfc3339(e.Published));
        w.WriteString("date_modified", AtomWriter.Rfc3339(e.Updated));
        if (e.Language is not null) w.WriteString("language", e.Language);
        w.WriteStartArray("authors");
        w.WriteStartObject();
        w.WriteString("name", e.Byline is null ? e.Outlet : $"{e.Byline} ({e.Outlet})");
        if (e.OutletUrl is not null) w.WriteString("url", e.OutletUrl.AbsoluteUri);
        w.WriteEndObject();
        w.WriteEndArray();
        // Extensions start with an underscore (JSON Feed 1.1, "Extensions").
        w.WriteStartObject("_caravan");
        w.WriteString("outlet", e.Outlet);
        if (e.OriginalOutlet is not null) w.WriteString("original_outlet", e.OriginalOutlet);
        if (e.OriginalUrl is not null) w.WriteString("original_url", e.OriginalUrl.AbsoluteUri);
        if (e.ImageCredit is not null) w.WriteString("image_credit", e.ImageCredit);
        w.WriteNumber("other_outlets", e.OtherOutlets);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
