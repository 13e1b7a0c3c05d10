using DuckDB.NET.Data;

namespace PerfInfra.LocalSuites.Pipeline;

/// <summary>
/// The convert stage, standing in for the AWS Batch job: one DuckDB COPY per raw file into the curated
/// orders table as Hive-partitioned Parquet (dt=YYYY-MM-DD/), snappy-compressed as the Batch job writes it.
/// Each batch's own file name pattern keeps batches from overwriting each other's partition files.
/// </summary>
internal sealed class ParquetConverter(DuckDBConnection connection, string tableDirectory)
{
    private const string RawColumns = "{'order_id': 'BIGINT', 'customer_id': 'VARCHAR', 'status': 'VARCHAR', 'total_cents': 'BIGINT', 'created_at': 'TIMESTAMP'}";

    public async Task ConvertAsync(RawFile file, int batchNumber, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(tableDirectory);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            COPY (
              SELECT *, strftime(created_at, '%Y-%m-%d') AS dt
              FROM read_csv({Quote(file.Path)}, header = true, columns = {RawColumns})
            ) TO {Quote(tableDirectory)}
            (FORMAT parquet, COMPRESSION snappy, PARTITION_BY (dt), OVERWRITE_OR_IGNORE true, FILENAME_PATTERN 'batch{batchNumber:D5}_{"{i}"}')
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A SQL string literal: paths come from the scratch folder, but a quote in one must not break the statement.</summary>
    internal static string Quote(string text) => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";
}
