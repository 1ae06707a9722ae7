using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Caravan.Web.Feeds;

/// <summary>Validators and conditional requests for generated bodies (RFC 9110 §8.8, §13).</summary>
static class ConditionalGet
{
    /// <summary>Answers 304 when the client's copy is current, else the body; ETag and Last-Modified on both.</summary>
    public static IResult Respond(HttpContext http, string body, string contentType, DateTimeOffset lastModified)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 12)) + "\"";
        // HTTP dates have whole seconds (RFC 9110 §5.6.7), so compare at that precision.
        var modified = DateTimeOffset.FromUnixTimeSeconds(lastModified.ToUnixTimeSeconds());
        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.LastModified = modified.ToString("R", CultureInfo.InvariantCulture);
        headers.CacheControl = "public, max-age=300";
        headers.Vary = "Accept-Encoding";
        return IsNotModified(http.Request, etag, modified) ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Bytes(bytes, contentType);
    }

    static bool IsNotModified(HttpRequest request, string etag, DateTimeOffset modified)
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
        return ifModifiedSince.Length > 0
            && DateTimeOffset.TryParseExact(ifModifiedSince, "R", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since)
            && modified <= since;
    }
}
