namespace PerfInfra.DemoPlatform.Catalog;

/// <summary>A catalog item as the API returns it.</summary>
internal sealed record Product(int Id, string Name, string Category, decimal Price, int Stock, string Description);
