namespace PerfInfra.LocalSuites.Pipeline;

/// <summary>One generated order, in the curated orders table's columns (CuratedTables in the CDK app).</summary>
internal readonly record struct OrderRecord(long OrderId, string CustomerId, string Status, long TotalCents, DateTime CreatedAt);
