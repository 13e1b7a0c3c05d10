using System.Globalization;
using DuckDB.NET.Data;

namespace PerfInfra.DataPipeline;

/// <summary>
/// The verify stage: what a reader of the curated table sees, through DuckDB over the Parquet files
/// with Hive partitioning — the row count, distinct ids, the id checksum, ids of other runs and the partitions.
/// </summary>
public sealed class LakeVerifier(DuckDBConnection connection, string tableDirectory)
{
    public async Task<LakeCount> CountAsync(string idPrefix, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(tableDirectory) || !Directory.EnumerateFiles(tableDirectory, "*.parquet", SearchOption.AllDirectories).Any())
        {
            return new LakeCount(0, 0, 0, 0, 0);
        }

        await using var command = connection.CreateCommand();
        var files = SqlLiteral.Quote(Path.Combine(tableDirectory, "**", "*.parquet"));
        var prefix = SqlLiteral.Quote(idPrefix + "-");
        // substr is 1-based: the id number starts right after "<prefix>-". An id that is not a number
        // there adds nothing (TRY_CAST gives NULL), so the checksum catches it.
        var numberStart = (idPrefix.Length + 2).ToString(CultureInfo.InvariantCulture);
        command.CommandText = $"""
            SELECT count(*),
                   count(DISTINCT order_id),
                   CAST(coalesce(sum(TRY_CAST(substr(order_id, {numberStart}) AS BIGINT)) FILTER (WHERE starts_with(order_id, {prefix})), 0) AS BIGINT),
                   count(*) FILTER (WHERE NOT starts_with(order_id, {prefix})),
                   count(DISTINCT {OrdersTable.PartitionColumn})
            FROM read_parquet({files}, hive_partitioning = true)
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException("DuckDB returned no row for the verification count");
        }

        return new LakeCount(Long(reader, 0), Long(reader, 1), Long(reader, 2), Long(reader, 3), Long(reader, 4));
    }

    private static long Long(System.Data.Common.DbDataReader reader, int column) =>
        Convert.ToInt64(reader.GetValue(column), CultureInfo.InvariantCulture);
}
