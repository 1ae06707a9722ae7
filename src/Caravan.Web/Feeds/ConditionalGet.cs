using System.Globalization;
using Caravan.Web.Caching;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Caravan.Web.Feeds;

/// <summary>Validators and conditional requests for generated bodies (RFC 9110 §8.8, §13).</summary>
static class ConditionalGet
{
    /// <summary>A feed body with ETag and Last-Modified; answered 304 when the client's copy is current.</summary>
    public static RenderedResult Respond(byte[] body, string contentType, DateTimeOffset lastModified) =>
        new(body, contentType, lastModified: lastModified, cacheControl: "public, max-age=300");

    public static bool IsNotModified(HttpRequest request, string etag, DateTimeOffset? modified)
    {
        // RFC 9110 §13.2.2: If-None-Match is evaluated first and, when present, If-Modified-Since is ignored.
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0)
        {
            if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)) return false;
            var ours = new EntityTagHeaderValue(etag);
            // §13.1.2: If-None-Match uses the weak comparison.
            return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
        }
        var ifModifiedSince = request.Headers.IfModifiedSince.ToString();
        return modified is { } m && ifModifiedSince.Length > 0
            && DateTimeOffset.TryParseExact(ifModifiedSince, "R", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since)
            && m <= since;
    }
}
