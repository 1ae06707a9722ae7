using System.Globalization;
using System.Security.Cryptography;
using Caravan.Web.Feeds;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Caching;

/// <summary>
/// A generated page or feed as bytes with its validators, answered with 304 when the client's copy is current
/// (RFC 9110 §13). Immutable, so one instance can answer many requests from <see cref="RenderCache"/>.
/// </summary>
sealed class RenderedResult : IResult
{
    public RenderedResult(byte[] body, string contentType, int status = StatusCodes.Status200OK, DateTimeOffset? lastModified = null, string? cacheControl = null)
    {
        Body = body;
        ContentType = contentType;
        Status = status;
        // HTTP dates have whole seconds (RFC 9110 §5.6.7), so keep that precision for comparisons.
        LastModified = lastModified is { } t ? DateTimeOffset.FromUnixTimeSeconds(t.ToUnixTimeSeconds()) : null;
        CacheControl = cacheControl;
        ETag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 12)) + "\"";
    }

    public byte[] Body { get; }
    public string ContentType { get; }
    public int Status { get; }
    public DateTimeOffset? LastModified { get; }
    public string? CacheControl { get; }
    public string ETag { get; }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var headers = response.Headers;
        if (Status == StatusCodes.Status200OK)
        {
            headers.ETag = ETag;
            if (LastModified is { } modified) headers.LastModified = modified.ToString("R", CultureInfo.InvariantCulture);
            if (CacheControl is not null) headers.CacheControl = CacheControl;
            headers.Vary = "Accept-Encoding";
            if (ConditionalGet.IsNotModified(httpContext.Request, ETag, LastModified))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }
        response.StatusCode = Status;
        response.ContentType = ContentType;
        response.ContentLength = Body.Length;
        if (!HttpMethods.IsHead(httpContext.Request.Method))
            await response.Body.WriteAsync(Body, httpContext.RequestAborted);
    }
}
