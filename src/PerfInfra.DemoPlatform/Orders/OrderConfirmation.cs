namespace PerfInfra.DemoPlatform.Orders;

/// <summary>Body of a successful checkout (201).</summary>
internal sealed record OrderConfirmation(string OrderId, string CartId, int ItemCount, decimal Total);
