namespace PerfInfra.DataPipeline;

/// <summary>What one raw file became: its Parquet files (absolute paths under the table folder) and the rows copied.</summary>
public sealed record ConvertedBatch(IReadOnlyList<string> Files, long Rows);
