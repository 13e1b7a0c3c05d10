namespace PerfInfra.DataPipeline;

/// <summary>
/// The curated orders table as Athena reads it: the Glue table's columns and partition key
/// (cdk/PerfInfra.Cdk/Constructs/DataLake/CuratedTables.cs and DataLake.AddProjectedTable), and the raw
/// CSV the land stage writes. The Parquet files must carry exactly the Glue types — Athena fails a query
/// on a mismatch — so the CSV is read with the DuckDB type that writes each one.
/// </summary>
public static class OrdersTable
{
    /// <summary>The table's folder under the curated bucket (its Glue location is s3://curated/orders/).</summary>
    public const string Name = "orders";

    /// <summary>The partition key; the projection template is <c>orders/dt=${dt}/</c>.</summary>
    public const string PartitionColumn = "dt";

    /// <summary>dt values, as the table's partition projection (projection.dt.format) expects them.</summary>
    public const string PartitionFormat = "yyyy-MM-dd";

    public const string CsvHeader = "order_id,customer_id,status,total_cents,created_at";

    /// <summary>
    /// DuckDB types of the CSV columns, each chosen for the Parquet type it writes: VARCHAR → BYTE_ARRAY
    /// String (Glue string), BIGINT → INT64 (bigint), TIMESTAMP → INT64 Timestamp(MICROS) (timestamp).
    /// </summary>
    internal const string CsvColumns =
        "{'order_id': 'VARCHAR', 'customer_id': 'VARCHAR', 'status': 'VARCHAR', 'total_cents': 'BIGINT', 'created_at': 'TIMESTAMP'}";
}
