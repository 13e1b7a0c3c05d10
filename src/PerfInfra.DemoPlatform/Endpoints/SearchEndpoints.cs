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

/// <summary>GET /api/search?q=… — the slowest read, cached as dynamic (30 s).</summary>
internal sealed class SearchEndpoints(ProductCatalog catalog, CachedJsonResponder responder)
{
    public void Map(IEndpointRouteBuilder routes) => routes.MapGet("/api/search", SearchAsync);

    private Task SearchAsync(HttpContext context)
    {
        var q = context.Request.Query["q"].ToString().Trim();
        if (q.Length == 0)
        {
            return JsonResponses.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "Query parameter 'q' is missing or blank; expected search text, e.g. /api/search?q=lamp.");
        }

        if (q.Length > DemoPlatformDefaults.MaxSearchQueryLength)
        {
            return JsonResponses.WriteErrorAsync(context, StatusCodes.Status400BadRequest, $"Query parameter 'q' is {q.Length} characters; expected at most {DemoPlatformDefaults.MaxSearchQueryLength}.");
        }

        return responder.ServeAsync(
            context,
            $"search|{q.ToLowerInvariant()}",
            CacheClass.Dynamic,
            RouteClass.Search,
            () => (StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(catalog.Search(q), DemoPlatformJsonContext.Default.SearchResult)));
    }
}
