namespace PerfInfra.DataPipeline;

/// <summary>One generated order, in the curated orders table's columns (<see cref="OrdersTable"/>).</summary>
/// <param name="OrderId"><c>&lt;prefix&gt;-&lt;n&gt;</c>, n from 1: the prefix tells one run's orders from every other's.</param>
public readonly record struct OrderRecord(string OrderId, string CustomerId, string Status, long TotalCents, DateTime CreatedAt);
