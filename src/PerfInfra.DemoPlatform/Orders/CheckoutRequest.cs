namespace PerfInfra.DemoPlatform.Orders;

/// <summary>Body of POST /api/checkout.</summary>
internal sealed record CheckoutRequest(string? CartId);
