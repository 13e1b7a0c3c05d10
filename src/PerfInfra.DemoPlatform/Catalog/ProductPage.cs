namespace PerfInfra.DemoPlatform.Catalog;

/// <summary>Body of GET /api/products: one page of the (optionally filtered) catalog.</summary>
internal sealed record ProductPage(
    IReadOnlyList<Product> Items,
    int Page,
    int PageSize,
    int TotalItems,
    int TotalPages,
    string? Category);
