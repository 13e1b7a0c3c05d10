using DuckDB.NET.Data;

namespace PerfInfra.LocalSuites.Pipeline;

/// <summary>
/// The verify stage: what a reader of the curated table sees, through DuckDB over the Parquet files
/// with Hive partitioning — the row count, distinct ids, the id sum and the partitions.
/// </summary>
internal sealed class LakeVerifier(DuckDBConnection connection, string tableDirectory)
{
    public async Task<LakeCount> CountAsync(CancellationToken cancellationToken)
    {
        if (!Directory.EnumerateFiles(tableDirectory, "*.parquet", SearchOption.AllDirectories).Any())
        {
            return new LakeCount(0, 0, 0, 0);
        }

        await using var command = connection.CreateCommand();
        var files = ParquetConverter.Quote(Path.Combine(tableDirectory, "**", "*.parquet"));
        command.CommandText = $"""
            SELECT count(*), count(DISTINCT order_id), CAST(coalesce(sum(order_id), 0) AS BIGINT), count(DISTINCT dt)
            FROM read_parquet({files}, hive_partitioning = true)
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException("DuckDB returned no row for the verification count");
        }

        return new LakeCount(
            Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture),
            Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture),
            Convert.ToInt64(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture),
            Convert.ToInt64(reader.GetValue(3), System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>What the verification found in the curated table.</summary>
internal sealed record LakeCount(long Records, long DistinctIds, long IdSum, long Partitions);
