namespace PerfInfra.DemoPlatform.Carts;

/// <summary>Body of GET /api/cart/{cartId} and of a successful add.</summary>
internal sealed record CartView(string CartId, IReadOnlyList<CartLineView> Items, int ItemCount, decimal Total);
