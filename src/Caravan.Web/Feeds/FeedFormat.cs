namespace Caravan.Web.Feeds;

/// <summary>The three outgoing feed formats, named by the extension in the URL.</summary>
enum FeedFormat { Rss, Atom, Json }

static class FeedFormats
{
    public static bool TryParse(string extension, out FeedFormat format)
    {
        (var ok, format) = extension switch
        {
            "xml" => (true, FeedFormat.Rss),
            "atom" => (true, FeedFormat.Atom),
            "json" => (true, FeedFormat.Json),
            _ => (false, FeedFormat.Rss),
        };
        return ok;
    }

    public static string Extension(this FeedFormat format) => format switch
    {
        FeedFormat.Rss => ".xml",
        FeedFormat.Atom => ".atom",
        _ => ".json",
    };

    /// <summary>The registered media types: RSS by convention, Atom by RFC 4287 §7, JSON Feed by its 1.1 spec.</summary>
    public static string ContentType(this FeedFormat format) => format switch
    {
        FeedFormat.Rss => "application/rss+xml; charset=utf-8",
        FeedFormat.Atom => "application/atom+xml; charset=utf-8",
        _ => "application/feed+json; charset=utf-8",
    };

    /// <summary>The feed as UTF-8 bytes, ready to send.</summary>
    public static byte[] Write(this FeedFormat format, FeedDocument feed) => format switch
    {
        FeedFormat.Rss => RssWriter.Write(feed),
        FeedFormat.Atom => AtomWriter.Write(feed),
        _ => JsonFeedWriter.Write(feed),
    };
}
