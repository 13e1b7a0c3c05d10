namespace PerfInfra.Cdk.Constructs.DataLake;

/// <summary>A curated Parquet table partitioned by day (<c>dt=yyyy-MM-dd</c>).</summary>
public sealed record PartitionedTable(string Name, IReadOnlyList<(string Name, string Type)> Columns);
