namespace PerfInfra.DemoPlatform.Carts;

internal readonly record struct CartLine(int ProductId, int Quantity);
