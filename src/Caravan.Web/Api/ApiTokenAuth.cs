using Caravan.Storage;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Api;

/// <summary>Marks an endpoint as a write call: it needs a bearer token (and the OpenAPI document says so).</summary>
public sealed class RequiresApiTokenMetadata
{
    public static readonly RequiresApiTokenMetadata Instance = new();
}

/// <summary>
/// The bearer check for /api/v1 write calls (RFC 6750): no or malformed token is 401 with a
/// WWW-Authenticate challenge, an unknown token is 401 invalid_token, a revoked one 403. The editor the
/// token acts for is put in <see cref="HttpContext.Items"/> for the handler.
/// </summary>
sealed class ApiTokenAuth(ICaravanStore store) : IEndpointFilter
{
    const string EditorKey = "caravan.api.editor";
    const string Realm = "caravan";

    public static string Editor(HttpContext http) => http.Items[EditorKey] as string ?? throw new InvalidOperationException("The write call ran without its token check.");

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var header = http.Request.Headers.Authorization.ToString();
        if (header.Length == 0)
            return Challenge(http, null, "This call changes data: send an API token as 'Authorization: Bearer TOKEN' (create one with `caravan user token NAME` or on the desk).");
        // RFC 6750 §2.1: the scheme name is case-insensitive, one space, then the token.
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || !ApiTokenSecret.LooksValid(header["Bearer ".Length..].Trim()))
            return Challenge(http, "invalid_request", "The Authorization header is not 'Bearer TOKEN' with a Caravan API token.");
        var token = await store.FindApiTokenAsync(ApiTokenSecret.Hash(header["Bearer ".Length..].Trim()), http.RequestAborted);
        if (token is null) return Challenge(http, "invalid_token", "The API token is not known.");
        if (token.Revoked || await store.GetUserAsync(token.UserName, http.RequestAborted) is null)
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "The API token was revoked (or its editor removed); create a new one.");
        http.Items[EditorKey] = token.UserName;
        return await next(context);
    }

    static IResult Challenge(HttpContext http, string? error, string detail)
    {
        // RFC 6750 §3: every 401 carries the challenge; error says what was wrong with a token that was sent.
        http.Response.Headers.WWWAuthenticate = error is null ? $"Bearer realm=\"{Realm}\"" : $"Bearer realm=\"{Realm}\", error=\"{error}\"";
        return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, detail: detail);
    }
}
