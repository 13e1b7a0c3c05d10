namespace PerfInfra.DemoPlatform.Carts;

/// <summary>Body of POST /api/cart/{cartId}/items; nullable so a missing field is told apart from 0.</summary>
internal sealed record AddCartItemRequest(int? ProductId, int? Quantity);
