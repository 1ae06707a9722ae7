using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Caravan.Web.Api;

/// <summary>Services the API needs: ProblemDetails, the OpenAPI document and the anonymous rate limit.</summary>
static class ApiSetup
{
    public const string AnonymousPolicy = "api-anonymous";
    public const string LoginPolicy = "desk-login";

    public static void AddApi(this IServiceCollection services, WebOptions options)
    {
        services.AddProblemDetails();
        services.AddOpenApi("v1", BearerSecurityScheme.AddTo);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // A fixed window per client address: pages and feeds are cacheable, the API is not, so only the API is limited.
            o.AddPolicy(AnonymousPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.ApiRequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            // Sign-in attempts per client address: slows password guessing to a crawl (OWASP ASVS 2.2.1).
            o.AddPolicy(LoginPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.LoginAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (context, ct) =>
            {
                // RFC 6585 §4: 429 may say when to come back.
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)retry.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Results.Problem(detail: "Too many requests; slow down.", statusCode: 429).ExecuteAsync(context.HttpContext);
            };
        });
    }

    public static void UseApi(this WebApplication app)
    {
        app.UseStatusCodePages();
        app.UseRateLimiter();
        app.MapOpenApi("/openapi/{documentName}.json");
    }
}
