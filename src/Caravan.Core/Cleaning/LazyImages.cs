using AngleSharp.Dom;

namespace Caravan.Cleaning;

/// <summary>Finds the real source of an image that lazy-loading scripts would have filled in (data-src, srcset, picture).</summary>
internal static class LazyImages
{
    static readonly string[] LazySourceAttributes =
        ["data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-hi-res-src", "data-full-src", "data-orig-file"];

    static readonly string[] SrcsetAttributes = ["srcset", "data-srcset", "data-lazy-srcset"];

    /// <summary>The raw (unvetted) URL the image would show once its scripts ran.</summary>
    public static string? RealSource(IElement img)
    {
        var src = img.GetAttribute("src");
        if (!IsPlaceholder(src))
            return src;
        foreach (var name in LazySourceAttributes)
        {
            var value = img.GetAttribute(name);
            if (!string.IsNullOrWhiteSpace(value) && !IsPlaceholder(value))
                return value;
        }
        foreach (var name in SrcsetAttributes)
        {
            var best = LargestCandidate(img.GetAttribute(name));
            if (best is not null)
                return best;
        }
        if (img.ParentElement is { LocalName: "picture" } picture)
        {
            foreach (var source in picture.Children)
            {
                if (source.LocalName != "source")
                    continue;
                var best = LargestCandidate(source.GetAttribute("srcset") ?? source.GetAttribute("data-srcset"));
                if (best is not null)
                    return best;
            }
        }
        return string.IsNullOrWhiteSpace(src) ? null : src;
    }

    /// <summary>Empty, a tiny inline GIF/SVG, or a named spacer: what lazy loaders put in src before the real image.</summary>
    static bool IsPlaceholder(string? src)
    {
        if (string.IsNullOrWhiteSpace(src))
            return true;
        var s = src.Trim();
        if (s.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            return s.Length < 400 || s.StartsWith("data:image/svg", StringComparison.OrdinalIgnoreCase);
        return s.Contains("blank.gif", StringComparison.OrdinalIgnoreCase)
            || s.Contains("spacer.gif", StringComparison.OrdinalIgnoreCase)
            || s.Contains("placeholder", StringComparison.OrdinalIgnoreCase)
            || s.Contains("lazy-load", StringComparison.OrdinalIgnoreCase)
            || s.Contains("lazyload", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The widest candidate of a srcset (WHATWG HTML §4.8.4.2: "url [N w|N x], …").</summary>
    internal static string? LargestCandidate(string? srcset)
    {
        if (string.IsNullOrWhiteSpace(srcset))
            return null;
        string? best = null;
        var bestSize = -1.0;
        foreach (var part in srcset.Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (pieces.Length == 0)
                continue;
            var url = pieces[0].TrimEnd(',');
            var size = 1.0;
            if (pieces.Length > 1 && pieces[1].Length > 1
                && double.TryParse(pieces[1][..^1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n))
                size = pieces[1].EndsWith('x') ? n * 1000 : n;
            if (size > bestSize && !IsPlaceholder(url))
            {
                best = url;
                bestSize = size;
            }
        }
        return best;
    }
}
