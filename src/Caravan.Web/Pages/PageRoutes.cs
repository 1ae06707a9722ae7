using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Caravan.Web.Pages;

/// <summary>The reader's pages. Every GET route answers HEAD too (RFC 9110 §9.3.2).</summary>
static class PageRoutes
{
    static readonly string[] GetHead = [HttpMethods.Get, HttpMethods.Head];

    public static void MapPages(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/", GetHead, HomePage.Render);
        app.MapMethods("/category/{slug}", GetHead, CategoryPage.Render);
        app.MapMethods("/article/{id}", GetHead, ArticlePage.Render);
        app.MapMethods("/source/{id}", GetHead, SourcePage.Render);
        app.MapMethods("/story/{id}", GetHead, StoryPage.Render);
        app.MapMethods("/search", GetHead, SearchPage.Render);
        app.MapMethods("/assets/{name}", GetHead, Asset);
    }

    static IResult Asset(string name)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Caravan.Web.Assets." + name);
        if (stream is null) return Results.NotFound();
        var type = Path.GetExtension(name) switch { ".css" => "text/css; charset=utf-8", ".js" => "text/javascript; charset=utf-8", _ => "application/octet-stream" };
        return Results.Stream(stream, type);
    }
}
