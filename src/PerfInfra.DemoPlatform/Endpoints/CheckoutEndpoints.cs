using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PerfInfra.DemoPlatform.Carts;
using PerfInfra.DemoPlatform.Catalog;
using PerfInfra.DemoPlatform.Http;
using PerfInfra.DemoPlatform.Latency;
using PerfInfra.DemoPlatform.Orders;
using PerfInfra.DemoPlatform.Serialization;

namespace PerfInfra.DemoPlatform.Endpoints;

/// <summary>
/// POST /api/checkout — turns a cart into an order (201) and removes the cart; an empty or unknown cart is 400.
/// Orders are not kept: nothing reads them back, and keeping them would grow memory on a long run.
/// </summary>
internal sealed class CheckoutEndpoints(ProductCatalog catalog, CartStore carts, LatencySimulator latency)
{
    private const string OrderIdFormat = "ord-{0:D8}";
    private long _lastOrderNumber;

    public void Map(IEndpointRouteBuilder routes) => routes.MapPost("/api/checkout", CheckoutAsync);

    private async Task CheckoutAsync(HttpContext context)
    {
        var (request, error) = await JsonResponses.ReadAsync(context, DemoPlatformJsonContext.Default.CheckoutRequest);
        if (request is null)
        {
            await JsonResponses.WriteErrorAsync(context, StatusCodes.Status400BadRequest, error!);
            return;
        }

        var cartId = request.CartId ?? string.Empty;
        if (CartEndpoints.ValidateCartId(cartId) is { } cartIdError)
        {
            await JsonResponses.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "Field 'cart_id': " + cartIdError);
            return;
        }

        // The backend work (stock check, payment) happens before we know whether the cart was empty.
        await latency.DelayAsync(RouteClass.Checkout, context.RequestAborted);
        var lines = carts.Remove(cartId)?.Snapshot() ?? [];
        if (lines.Count == 0)
        {
            await JsonResponses.WriteErrorAsync(context, StatusCodes.Status400BadRequest, $"Cart '{cartId}' is empty; add items with POST /api/cart/{{cartId}}/items first.");
            return;
        }

        var cart = CartEndpoints.View(cartId, lines, catalog);
        var orderId = string.Format(CultureInfo.InvariantCulture, OrderIdFormat, Interlocked.Increment(ref _lastOrderNumber));
        await JsonResponses.WriteAsync(
            context,
            StatusCodes.Status201Created,
            new OrderConfirmation(orderId, cartId, cart.ItemCount, cart.Total),
            DemoPlatformJsonContext.Default.OrderConfirmation);
    }
}
