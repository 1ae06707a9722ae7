namespace Caravan.Cleaning;

/// <summary>The only hosts whose players may be embedded as iframes, each with the path its embeds use.</summary>
internal static class VideoHosts
{
    static readonly (string Host, string PathPrefix)[] Allowed =
    [
        ("www.youtube.com", "/embed/"),
        ("youtube.com", "/embed/"),
        ("www.youtube-nocookie.com", "/embed/"),
        ("youtube-nocookie.com", "/embed/"),
        ("player.vimeo.com", "/video/"),
        ("www.dailymotion.com", "/embed/"),
        ("geo.dailymotion.com", "/player"),
        ("rutube.ru", "/play/embed/"),
        ("vk.com", "/video_ext.php"),
        ("vkvideo.ru", "/video_ext.php"),
        ("ok.ru", "/videoembed/"),
    ];

    /// <summary>The embed URL if it is https, on an allowed host and path; otherwise null.</summary>
    public static string? Embed(string? raw, Uri? baseUrl)
    {
        var url = UrlPolicy.Web(raw, baseUrl);
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            return null;
        if (!uri.IsDefaultPort || uri.UserInfo.Length > 0)
            return null;
        foreach (var (host, prefix) in Allowed)
        {
            if (string.Equals(uri.Host, host, StringComparison.OrdinalIgnoreCase)
                && uri.AbsolutePath.StartsWith(prefix, StringComparison.Ordinal))
                return uri.AbsoluteUri;
        }
        return null;
    }
}
