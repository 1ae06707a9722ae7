using System.Text;

namespace Caravan.Cleaning;

/// <summary>Decides which URLs may appear in rendered HTML and makes them absolute.</summary>
internal static class UrlPolicy
{
    /// <summary>Image types a browser decodes without running script (SVG is left out: it can carry script when opened directly).</summary>
    static readonly string[] SafeDataImagePrefixes =
        ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/jpg", "data:image/webp", "data:image/avif"];

    /// <summary>A link target: http(s) or mailto; relative URLs resolved against baseUrl.</summary>
    public static string? Link(string? raw, Uri? baseUrl) => Resolve(raw, baseUrl, allowMailto: true, allowDataImage: false);

    /// <summary>An image source: http(s) or a data: URL of a raster image type.</summary>
    public static string? Image(string? raw, Uri? baseUrl) => Resolve(raw, baseUrl, allowMailto: false, allowDataImage: true);

    /// <summary>An http(s) URL only (iframes, cite attributes).</summary>
    public static string? Web(string? raw, Uri? baseUrl) => Resolve(raw, baseUrl, allowMailto: false, allowDataImage: false);

    static string? Resolve(string? raw, Uri? baseUrl, bool allowMailto, bool allowDataImage)
    {
        if (raw is null)
            return null;
        var url = Normalize(raw);
        if (url.Length == 0)
            return null;
        if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            return allowDataImage && IsSafeDataImage(url) ? url : null;
        if (url.StartsWith('#') && (allowDataImage || baseUrl is null))
            return allowDataImage ? null : url; // in-page anchor: no scheme, nothing to run; as an image, nothing to show
        if (url.StartsWith("//", StringComparison.Ordinal))
            url = (baseUrl?.Scheme == "http" ? "http:" : "https:") + url;

        Uri? absolute;
        if (HasScheme(url))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out absolute))
                return null;
        }
        else if (baseUrl is not null && baseUrl.IsAbsoluteUri)
        {
            if (!Uri.TryCreate(baseUrl, url, out absolute))
                return null;
        }
        else
        {
            // Relative with nothing to resolve against: keep it relative but percent-encode what could break out.
            return Uri.TryCreate(url, UriKind.Relative, out var rel) ? rel.OriginalString.Replace("\"", "%22") : null;
        }

        var scheme = absolute.Scheme;
        if (scheme == Uri.UriSchemeHttp || scheme == Uri.UriSchemeHttps)
            return absolute.AbsoluteUri;
        if (allowMailto && scheme == Uri.UriSchemeMailto)
            return absolute.AbsoluteUri;
        return null;
    }

    /// <summary>Browsers ignore ASCII tab/newline anywhere in a URL and trim C0 controls and spaces
    /// (WHATWG URL Standard §4.4, basic URL parser), so "jav&#x09;ascript:" is "javascript:". Do the same before judging.</summary>
    static string Normalize(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            if (c is '\t' or '\n' or '\r')
                continue;
            sb.Append(c == '\\' ? '/' : c); // WHATWG: backslash is a path separator for special schemes
        }
        var s = sb.ToString();
        return s.Trim(TrimChars);
    }

    static readonly char[] TrimChars = BuildTrimChars();

    static char[] BuildTrimChars()
    {
        var chars = new List<char>();
        for (var c = '\0'; c <= ' '; c++)
            chars.Add(c);
        chars.AddRange(['\u00A0', '\u200B', '\uFEFF', '\u2028', '\u2029', '\u3000']);
        return [.. chars];
    }

    static bool HasScheme(string url)
    {
        // RFC 3986 §3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) followed by ":".
        // Anything else before the first ':' makes the URL relative (WHATWG "no scheme state").
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':')
                return i > 0;
            if (!(char.IsAsciiLetter(c) || (i > 0 && (char.IsAsciiDigit(c) || c is '+' or '-' or '.'))))
                return false;
        }
        return false;
    }

    static bool IsSafeDataImage(string url)
    {
        foreach (var prefix in SafeDataImagePrefixes)
        {
            if (url.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && url.Length > prefix.Length && url[prefix.Length] is ';' or ',')
                return !url.Contains('"') && !url.Contains('<');
        }
        return false;
    }
}
