namespace PerfInfra.DemoPlatform.Carts;

internal sealed record CartLineView(int ProductId, string Name, decimal UnitPrice, int Quantity, decimal LineTotal);
