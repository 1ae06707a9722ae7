using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Caravan.Web.Api;

/// <summary>The OpenAPI document's bearer scheme (OpenAPI 3.1 §4.8.27, RFC 6750), required by every write call.</summary>
static class BearerSecurityScheme
{
    public const string Name = "bearer";

    public static void AddTo(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Name] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "cvn_ token from `caravan user token NAME` or the desk",
                Description = "An editor's API token; write calls need it, reads do not.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<RequiresApiTokenMetadata>().Any())
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Name, context.Document)] = [] }];
            return Task.CompletedTask;
        });
    }
}
