namespace Caravan.Dedup;

/// <summary>
/// One spelling per address, so the same report reached by two URLs is seen as one: scheme and host
/// lower case, default ports and fragments dropped, tracking parameters removed, the remaining query
/// sorted. A page's own &lt;link rel="canonical"&gt; wins when the extractor found one.
/// </summary>
public static class UrlCanonicalizer
{
    // Parameters that only say where a click came from (Google Analytics utm_*, Facebook, Google Ads,
    // Microsoft Ads, Mailchimp, HubSpot, Yandex): they never select different content.
    static readonly HashSet<string> TrackingNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "mc_cid", "mc_eid", "_hsenc", "_hsmi",
        "igshid", "ref_src", "cmpid", "ito", "spm",
    };

    public static string? Canonicalize(string? url, string? canonicalLink = null)
    {
        if (!string.IsNullOrWhiteSpace(canonicalLink) && Canonicalize(canonicalLink) is { } c) return c;
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return null;
        if (uri.Scheme is not ("http" or "https")) return uri.AbsoluteUri;
        var query = string.Join('&', uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p.Split('=', 2)[0]))
            .Order(StringComparer.Ordinal));
        var path = uri.AbsolutePath;
        // RFC 3986 §6.2.3: an empty path and "/" are the same resource.
        if (path.Length == 0) path = "/";
        // Uri already lower-cases scheme and host (RFC 3986 §6.2.2.1) and hides default ports (§6.2.3).
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port;
        return $"{uri.Scheme}://{uri.IdnHost}{port}{path}{(query.Length > 0 ? "?" + query : "")}";
    }

    static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingNames.Contains(Uri.UnescapeDataString(name));
}
