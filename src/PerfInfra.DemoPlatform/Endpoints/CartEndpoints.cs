using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PerfInfra.DemoPlatform.Carts;
using PerfInfra.DemoPlatform.Catalog;
using PerfInfra.DemoPlatform.Http;
using PerfInfra.DemoPlatform.Latency;
using PerfInfra.DemoPlatform.Serialization;

namespace PerfInfra.DemoPlatform.Endpoints;

/// <summary>
/// POST /api/cart/{cartId}/items (201) and GET /api/cart/{cartId}. Cart ids are chosen by the client, so
/// every id names a cart: one never written to reads as empty rather than 404. Never cached.
/// </summary>
internal sealed class CartEndpoints(ProductCatalog catalog, CartStore carts, LatencySimulator latency)
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/cart/{cartId}/items", AddItemAsync);
        routes.MapGet("/api/cart/{cartId}", ReadAsync);
    }

    /// <summary>What the client sees of a cart: lines priced from the catalog.</summary>
    internal static CartView View(string cartId, IReadOnlyList<CartLine> lines, ProductCatalog catalog)
    {
        var views = new List<CartLineView>(lines.Count);
        foreach (var line in lines)
        {
            // Lines are only added for products that exist, and the catalog never changes.
            var product = catalog.Find(line.ProductId)!;
            views.Add(new CartLineView(product.Id, product.Name, product.Price, line.Quantity, product.Price * line.Quantity));
        }

        return new CartView(cartId, views, views.Sum(v => v.Quantity), views.Sum(v => v.LineTotal));
    }

    internal static string? ValidateCartId(string cartId) =>
        cartId.Length is 0 or > DemoPlatformDefaults.MaxCartIdLength
            ? $"Cart id '{cartId}' is {cartId.Length} characters; expected 1 to {DemoPlatformDefaults.MaxCartIdLength}."
            : null;

    private async Task AddItemAsync(HttpContext context)
    {
        var cartId = context.Request.RouteValues["cartId"] as string ?? string.Empty;
        if (ValidateCartId(cartId) is { } cartIdError)
        {
            await JsonResponses.WriteErrorAsync(context, StatusCodes.Status400BadRequest, cartIdError);
            return;
        }

        var (request, error) = await JsonResponses.ReadAsync(context, DemoPlatformJsonContext.Default.AddCartItemRequest);
        if (request is null)
        {
            await JsonResponses.WriteErrorAsync(context, StatusCodes.Status400BadRequest, error!);
            return;
        }

        if (request.ProductId is not { } productId || request.Quantity is not { } quantity
            || quantity is < 1 or > DemoPlatformDefaults.MaxQuantityPerAdd)
        {
            await JsonResponses.WriteErrorAsync(
                context,
                StatusCodes.Status400BadRequest,
                $"Body is {{product_id: {request.ProductId?.ToString() ?? "missing"}, quantity: {request.Quantity?.ToString() ?? "missing"}}}; expected a product_id and a quantity from 1 to {DemoPlatformDefaults.MaxQuantityPerAdd}.");
            return;
        }

        if (catalog.Find(productId) is null)
        {
            await JsonResponses.WriteErrorAsync(context, StatusCodes.Status404NotFound, $"No product with id {productId}; ids run from 1 to {catalog.Count}.");
            return;
        }

        await latency.DelayAsync(RouteClass.CartWrite, context.RequestAborted);
        var cart = carts.GetOrCreate(cartId);
        if (!cart.TryAdd(productId, quantity))
        {
            await JsonResponses.WriteErrorAsync(context, StatusCodes.Status400BadRequest, $"Adding {quantity} of product {productId} would exceed {DemoPlatformDefaults.MaxQuantityPerLine} on one line.");
            return;
        }

        context.Response.Headers.Location = $"/api/cart/{Uri.EscapeDataString(cartId)}";
        await JsonResponses.WriteAsync(context, StatusCodes.Status201Created, View(cartId, cart.Snapshot(), catalog), DemoPlatformJsonContext.Default.CartView);
    }

    private async Task ReadAsync(HttpContext context)
    {
        var cartId = context.Request.RouteValues["cartId"] as string ?? string.Empty;
        if (ValidateCartId(cartId) is { } cartIdError)
        {
            await JsonResponses.WriteErrorAsync(context, StatusCodes.Status400BadRequest, cartIdError);
            return;
        }

        await latency.DelayAsync(RouteClass.CartRead, context.RequestAborted);
        var lines = carts.Find(cartId)?.Snapshot() ?? [];
        await JsonResponses.WriteAsync(context, StatusCodes.Status200OK, View(cartId, lines, catalog), DemoPlatformJsonContext.Default.CartView);
    }
}
