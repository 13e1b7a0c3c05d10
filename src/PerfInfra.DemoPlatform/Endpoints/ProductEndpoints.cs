using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PerfInfra.DemoPlatform.Caching;
using PerfInfra.DemoPlatform.Catalog;
using PerfInfra.DemoPlatform.Http;
using PerfInfra.DemoPlatform.Latency;
using PerfInfra.DemoPlatform.Serialization;

namespace PerfInfra.DemoPlatform.Endpoints;

/// <summary>GET /api/products (paged, optional category; cached semi-static) and GET /api/products/{id} (cached static).</summary>
internal sealed class ProductEndpoints(ProductCatalog catalog, CachedJsonResponder responder)
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/products", ListAsync);
        routes.MapGet("/api/products/{id}", DetailAsync);
    }

    private Task ListAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var pageText = query["page"].ToString();
        var page = 1;
        if (pageText.Length > 0 && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            return JsonResponses.WriteErrorAsync(context, StatusCodes.Status400BadRequest, $"Query parameter 'page' is '{pageText}'; expected a whole number ≥ 1.");
        }

        var categoryText = query["category"].ToString().Trim();
        var category = categoryText.Length == 0 ? null : categoryText.ToLowerInvariant();
        return responder.ServeAsync(
            context,
            $"products|{page}|{category}",
            CacheClass.SemiStatic,
            RouteClass.ProductList,
            () => (StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(catalog.GetPage(page, category), DemoPlatformJsonContext.Default.ProductPage)));
    }

    private Task DetailAsync(HttpContext context)
    {
        var idText = context.Request.RouteValues["id"] as string ?? string.Empty;
        var product = int.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? catalog.Find(id) : null;
        return responder.ServeAsync(
            context,
            $"product|{idText}",
            CacheClass.Static,
            RouteClass.ProductDetail,
            () => product is null
                ? (StatusCodes.Status404NotFound, JsonSerializer.SerializeToUtf8Bytes(
                    new ErrorResponse($"No product with id '{idText}'; ids run from 1 to {catalog.Count}."),
                    DemoPlatformJsonContext.Default.ErrorResponse))
                : (StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(product, DemoPlatformJsonContext.Default.Product)));
    }
}
