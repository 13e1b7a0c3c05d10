namespace PerfInfra.Cdk.Constructs.DataLake;

/// <summary>The curated tables the Athena suite queries (tests/performance/queries/*.sql).</summary>
public static class CuratedTables
{
    public static IReadOnlyList<PartitionedTable> All { get; } =
    [
        new("orders", [("order_id", "string"), ("customer_id", "string"), ("status", "string"), ("total_cents", "bigint"), ("created_at", "timestamp")]),
        new("order_items", [("order_id", "string"), ("product_id", "string"), ("quantity", "int"), ("price_cents", "bigint")]),
        new("clickstream", [("session_id", "string"), ("customer_id", "string"), ("event_type", "string"), ("product_id", "string"), ("event_time", "timestamp")]),
    ];
}
