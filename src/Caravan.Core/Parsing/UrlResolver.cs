namespace Caravan.Parsing;

/// <summary>Resolves relative references (RFC 3986 §5) against the base in effect; keeps the text when no base helps.</summary>
internal static class UrlResolver
{
    public static Uri? ResolveUri(string reference, Uri? baseUri)
    {
        if (Uri.TryCreate(reference, UriKind.Absolute, out var absolute) && !IsRootedPath(reference, absolute))
            return absolute;
        if (baseUri is not null && baseUri.IsAbsoluteUri && Uri.TryCreate(baseUri, reference, out var resolved))
            return resolved;
        return null;
    }

    public static string? Resolve(string? reference, Uri? baseUri)
    {
        if (reference is null)
            return null;
        var trimmed = reference.Trim();
        if (trimmed.Length == 0)
            return baseUri?.IsAbsoluteUri == true ? baseUri.AbsoluteUri : null;
        // An absolute URL stays exactly as written (feedparser keeps it; Uri would add a slash and re-escape).
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && !IsRootedPath(trimmed, absolute))
            return trimmed;
        var uri = ResolveUri(trimmed, baseUri);
        return uri is null ? trimmed : Render(uri, trimmed);
    }

    // On Unix, Uri treats "/path" as an absolute file URI; a feed means a path on the same host.
    private static bool IsRootedPath(string reference, Uri uri) => uri.IsFile && !reference.StartsWith("file:", StringComparison.OrdinalIgnoreCase);

    private static string Render(Uri uri, string original)
    {
        // Uri.AbsoluteUri escapes and normalizes; keep it, but not for schemes Uri does not understand.
        if (uri.Scheme is "http" or "https" or "ftp" or "file")
            return uri.AbsoluteUri;
        return uri.IsAbsoluteUri && original.Contains(':') ? original : uri.OriginalString;
    }
}
