namespace PerfInfra.DemoPlatform.Catalog;

/// <summary>Body of GET /api/search: the first matches and how many there are in all.</summary>
internal sealed record SearchResult(string Query, int TotalMatches, IReadOnlyList<Product> Items);
