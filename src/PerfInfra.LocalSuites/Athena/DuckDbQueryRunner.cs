using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;

namespace PerfInfra.LocalSuites.Athena;

/// <summary>
/// One worker's DuckDB: its own in-memory database with the tables as views over the Parquet files
/// (partition values typed VARCHAR, like the Glue tables' <c>dt string</c>), and JSON profiling into its
/// own file, read after every query for the files the scans opened. Not thread-safe: one per worker.
/// </summary>
internal sealed class DuckDbQueryRunner : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly ParquetDataSet _data;
    private readonly string _profilePath;

    public DuckDbQueryRunner(ParquetDataSet data, string profilePath, int threads)
    {
        _data = data;
        _profilePath = profilePath;
        _connection = new DuckDBConnection("Data Source=:memory:");
        _connection.Open();
        Execute(string.Create(CultureInfo.InvariantCulture, $"SET threads = {threads}"));
        foreach (var table in data.Tables)
        {
            var glob = Path.Combine(data.TableDirectory(table), "*", "*.parquet").Replace("'", "''", StringComparison.Ordinal);
            Execute($"CREATE VIEW {table} AS SELECT * FROM read_parquet('{glob}', hive_partitioning = true, hive_types_autocast = false)");
        }

        Execute("PRAGMA enable_profiling = 'json'");
        Execute($"PRAGMA profiling_output = '{profilePath.Replace("'", "''", StringComparison.Ordinal)}'");
    }

    public static string Version()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version()";
        return command.ExecuteScalar()?.ToString() ?? "?";
    }

    /// <summary>Runs <paramref name="sql"/> to its last row.</summary>
    /// <exception cref="DuckDBException">The query is invalid or failed; <see cref="OperationCanceledException"/> when cancelled.</exception>
    public QueryRun Run(string sql, CancellationToken cancellationToken)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var registration = cancellationToken.Register(command.Cancel);
        var started = Stopwatch.GetTimestamp();
        var rows = 0L;
        string? first = null;
        try
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (rows++ == 0)
                {
                    first = string.Join(", ", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)));
                }
            }
        }
        catch (DuckDBException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        cancellationToken.ThrowIfCancellationRequested();
        var profile = ScanProfile.Parse(File.ReadAllText(_profilePath), _data);
        return new QueryRun(elapsed, rows, first, profile);
    }

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>One run: wall time, rows returned, the first row as text, and what the scans read.</summary>
    public sealed record QueryRun(TimeSpan Elapsed, long Rows, string? FirstRow, ScanProfile Profile);
}
