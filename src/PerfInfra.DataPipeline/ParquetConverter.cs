using System.Globalization;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;

namespace PerfInfra.DataPipeline;

/// <summary>
/// The convert stage (the AWS Batch job's work): one DuckDB COPY per raw CSV file into the curated orders
/// table's layout, Hive-partitioned Parquet (<c>dt=YYYY-MM-DD/&lt;stem&gt;_&lt;i&gt;.parquet</c>). The dt
/// column becomes the folder only (the Glue table declares it as a partition key, not a column). Each
/// batch's own file stem keeps batches from overwriting each other's partition files, and converting the
/// same raw file again with the same stem replaces its files instead of adding copies.
/// </summary>
public sealed partial class ParquetConverter(DuckDBConnection connection, string tableDirectory, ParquetCompression compression = ParquetCompression.Snappy)
{
    public string TableDirectory => tableDirectory;

    /// <param name="fileStem">Letters, digits, '-' and '_' only: it goes into DuckDB's FILENAME_PATTERN and into S3 keys.</param>
    public async Task<ConvertedBatch> ConvertAsync(string csvPath, string fileStem, CancellationToken cancellationToken)
    {
        if (!SafeStem().IsMatch(fileStem))
        {
            throw new ArgumentException($"file stem '{fileStem}' may hold letters, digits, '-' and '_' only", nameof(fileStem));
        }

        Directory.CreateDirectory(tableDirectory);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            COPY (
              SELECT *, strftime(created_at, '%Y-%m-%d') AS {OrdersTable.PartitionColumn}
              FROM read_csv({SqlLiteral.Quote(csvPath)}, header = true, columns = {OrdersTable.CsvColumns})
            ) TO {SqlLiteral.Quote(tableDirectory)}
            (FORMAT parquet, COMPRESSION {compression.ToString().ToLowerInvariant()}, PARTITION_BY ({OrdersTable.PartitionColumn}),
             OVERWRITE_OR_IGNORE true, FILENAME_PATTERN '{fileStem}_{"{i}"}')
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
        var pattern = new Regex($"^{Regex.Escape(fileStem)}_[0-9]+\\.parquet$", RegexOptions.CultureInvariant);
        var files = Directory.EnumerateFiles(tableDirectory, "*.parquet", SearchOption.AllDirectories)
            .Where(f => pattern.IsMatch(Path.GetFileName(f)))
            .Order(StringComparer.Ordinal)
            .ToList();
        return new ConvertedBatch(files, await CountRowsAsync(files, cancellationToken));
    }

    /// <summary>Rows in the files as written, from their footers: what the batch really holds, not what COPY meant to write.</summary>
    private async Task<long> CountRowsAsync(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            return 0;
        }

        await using var count = connection.CreateCommand();
        count.CommandText = $"SELECT count(*) FROM read_parquet([{string.Join(", ", files.Select(SqlLiteral.Quote))}])";
        return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,200}$")]
    private static partial Regex SafeStem();
}
