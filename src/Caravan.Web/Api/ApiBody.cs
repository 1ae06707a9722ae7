using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Api;

/// <summary>Reads a JSON request body, so a malformed one is a 400 that says what is wrong rather than a bare status.</summary>
static class ApiBody
{
    public static async Task<(T? Body, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken ct) where T : class
    {
        if (!request.HasJsonContentType()) return (null, ApiRoutes.BadRequest("Send a JSON body with 'Content-Type: application/json'."));
        try
        {
            var body = await request.ReadFromJsonAsync<T>(JsonSerializerOptions.Web, ct);
            return body is null ? (null, ApiRoutes.BadRequest("The body is empty; send a JSON object.")) : (body, null);
        }
        catch (JsonException e)
        {
            return (null, ApiRoutes.BadRequest($"The body is not the JSON expected: {e.Message}"));
        }
    }
}
