using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using Microsoft.Extensions.Time.Testing;
using PerfInfra.Cdk.Constructs.DataLake;
using PerfInfra.PipelineJob.Tests.Support;

namespace PerfInfra.PipelineJob.Tests.Throughput;

/// <summary>pipeline-throughput in process against s3rver; what it wrote is read back over S3.</summary>
[Collection(LocalS3Collection.Name)]
public sealed partial class PipelineThroughputCommandTests(LocalS3 s3) : IDisposable
{
    private const int Records = 5000;

    /// <summary>The run's clock: its orders fall on the 7 days before it, 2026-11-13 to 2026-11-19.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);

    private readonly string _download = Directory.CreateTempSubdirectory("perfinfra-job-test-").FullName;

    public void Dispose() => Directory.Delete(_download, recursive: true);

    [Fact]
    public async Task RunAsync_5000Records_WritesEachParquetFileAtTheOrdersTableLayoutKey()
    {
        var run = await RunAsync("layout-1");

        Assert.True(run.ExitCode == 0, run.ToString());
        var keys = (await CuratedObjectsAsync("layout-1")).Select(o => o.Key).ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.Matches(TableKey(), k));
        Assert.All(keys, k => Assert.Contains("layout-1", k, StringComparison.Ordinal));
        var days = keys.Select(k => TableKey().Match(k).Groups["dt"].Value).Distinct().Order().ToList();
        Assert.Equal(Enumerable.Range(13, 7).Select(d => $"2026-11-{d}"), days);
    }

    [Fact]
    public async Task RunAsync_5000Records_DuckDbOverTheDownloadedObjectsCountsEveryRecordUnderTheRunId()
    {
        var run = await RunAsync("count-1");

        Assert.True(run.ExitCode == 0, run.ToString());
        var row = await QueryRowAsync(await DownloadCuratedAsync("count-1"), """
            SELECT count(*), count(DISTINCT order_id), count(*) FILTER (WHERE order_id LIKE 'count-1-%'),
                   CAST(sum(CAST(substr(order_id, 9) AS BIGINT)) AS BIGINT), count(DISTINCT dt)
            FROM read_parquet({files}, hive_partitioning = true)
            """);
        Assert.Equal([Records, Records, Records, (long)Records * (Records + 1) / 2, 7L], row.Select(v => Convert.ToInt64(v, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task RunAsync_5000Records_ParquetTypesMatchTheGlueColumnsOfTheOrdersTable()
    {
        var run = await RunAsync("schema-1");

        Assert.True(run.ExitCode == 0, run.ToString());
        var file = Directory.EnumerateFiles(await DownloadCuratedAsync("schema-1"), "*.parquet", SearchOption.AllDirectories).First();
        var columns = await QueryRowsAsync($"""
            SELECT name, type, converted_type, logical_type FROM parquet_schema('{file}') WHERE num_children IS NULL OR num_children = 0
            """);
        var glue = CuratedTables.All.Single(t => t.Name == "orders").Columns;
        Assert.Equal(glue.Select(c => c.Name), columns.Select(c => c[0]));
        foreach (var (column, parquet) in glue.Zip(columns))
        {
            // What Athena's Parquet reader accepts for each Glue type.
            var (physical, converted) = column.Type switch
            {
                "string" => ("BYTE_ARRAY", "UTF8"),
                "bigint" => ("INT64", "INT_64"),
                "timestamp" => ("INT64", "TIMESTAMP_MICROS"),
                _ => throw new InvalidOperationException($"no Parquet mapping for Glue type {column.Type} in this test"),
            };
            Assert.Equal((column.Name, physical, converted), (parquet[0], parquet[1], parquet[2]));
        }

        Assert.StartsWith("TimestampType(isAdjustedToUTC=0", columns.Single(c => c[0] == "created_at")[3], StringComparison.Ordinal);
        Assert.Equal([["SNAPPY"]], await QueryRowsAsync($"SELECT DISTINCT compression FROM parquet_metadata('{file}')"));
    }

    [Fact]
    public async Task RunAsync_5000Records_LandsTheRawCsvUnderTheRunsPrefix()
    {
        var run = await RunAsync("raw-1");

        Assert.True(run.ExitCode == 0, run.ToString());
        var raw = await s3.ListAsync(LocalS3.RawBucket, "perfinfra-pipeline/raw-1/");
        Assert.Equal(["perfinfra-pipeline/raw-1/orders/LOAD00000001.csv"], raw.Select(o => o.Key));
        await s3.DownloadAsync(LocalS3.RawBucket, raw, _download);
        var lines = await File.ReadAllLinesAsync(Path.Combine(_download, raw[0].Key));
        Assert.Equal("order_id,customer_id,status,total_cents,created_at", lines[0]);
        Assert.Equal(Records, lines.Length - 1);
        Assert.StartsWith("raw-1-1,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Success_PrintsALinePerStageAndEndsWithOneJsonSummary()
    {
        // The real clock: stage times and records/s come from it (a fake one stands still).
        var run = await RunAsync("summary-1", TimeProvider.System);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.Error);
        foreach (var stage in new[] { "generate", "land", "convert", "upload", "verify" })
        {
            Assert.Single(run.OutputLines, l => l.StartsWith($"[pipeline-throughput] {stage}: ", StringComparison.Ordinal));
        }

        using var summary = JsonDocument.Parse(run.OutputLines[^1]);
        var root = summary.RootElement;
        Assert.Equal("succeeded", root.GetProperty("status").GetString());
        Assert.Equal("summary-1", root.GetProperty("runId").GetString());
        Assert.Equal(Records, root.GetProperty("records").GetInt64());
        Assert.True(root.GetProperty("recordsPerSecond").GetDouble() > 0);
        Assert.Equal(Records / (root.GetProperty("totalMs").GetInt64() / 1000.0), root.GetProperty("recordsPerSecond").GetDouble(), Records / 10.0);
        Assert.Equal(["generate", "land", "convert", "upload", "verify"], root.GetProperty("stagesMs").EnumerateObject().Select(p => p.Name));
        var parquet = await CuratedObjectsAsync("summary-1");
        Assert.Equal(parquet.Count, root.GetProperty("parquetObjects").GetInt32());
        Assert.Equal(parquet.Sum(o => o.Size ?? 0), root.GetProperty("parquetBytes").GetInt64());
        Assert.Equal((await s3.ListAsync(LocalS3.RawBucket, "perfinfra-pipeline/summary-1/")).Sum(o => o.Size ?? 0), root.GetProperty("rawBytes").GetInt64());
    }

    [Fact]
    public async Task RunAsync_SameRunIdTwice_ReplacesItsFilesInsteadOfDuplicatingRecords()
    {
        var first = await RunAsync("again-1");
        var keys = (await CuratedObjectsAsync("again-1")).Select(o => o.Key).ToList();

        var second = await RunAsync("again-1");

        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, second.ToString());
        Assert.Equal(keys, (await CuratedObjectsAsync("again-1")).Select(o => o.Key));
        var row = await QueryRowAsync(await DownloadCuratedAsync("again-1"), "SELECT count(*) FROM read_parquet({files})");
        Assert.Equal(Records, Convert.ToInt64(row[0], CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("abc")]
    [InlineData("1e5")]
    [InlineData("100000.5")]
    [InlineData("10000001")]
    [InlineData("99999999999")]
    public async Task RunAsync_BadRecordCount_ExitsTwoWithOneErrorAndWritesNothing(string records)
    {
        var before = await s3.CountAllAsync();

        var run = await JobRunner.RunInProcessAsync(s3.JobEnvironmentFor("bad-records", records), new FakeTimeProvider(Now), "pipeline-throughput");

        Assert.Equal(2, run.ExitCode);
        var error = Assert.Single(run.ErrorLines);
        Assert.Contains($"PERF_RECORDS = '{records}'", error, StringComparison.Ordinal);
        Assert.Contains("1 to 10,000,000", error, StringComparison.Ordinal);
        Assert.Equal(before, await s3.CountAllAsync());
    }

    [Theory]
    [InlineData("run 1")]
    [InlineData("run'1")]
    [InlineData("../escape")]
    [InlineData("run%")]
    [InlineData("a/b")]
    [InlineData("run-ß")]
    [InlineData("r123456789r123456789r123456789r123456789r123456789r123456789r123456789r123456789x")]
    public async Task RunAsync_UnsafeRunId_ExitsTwoWithOneErrorAndWritesNothing(string runId)
    {
        var before = await s3.CountAllAsync();

        var run = await JobRunner.RunInProcessAsync(s3.JobEnvironmentFor(runId, "100"), new FakeTimeProvider(Now), "pipeline-throughput");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("PERF_RUN_ID", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(before, await s3.CountAllAsync());
    }

    [Fact]
    public async Task RunAsync_NoRunIdNorBuckets_NamesEveryMissingVariableInOneLine()
    {
        var environment = s3.JobEnvironmentFor("unused", null, new Dictionary<string, string?>
        {
            [JobEnvironment.RunId] = null,
            [JobEnvironment.SourceBucket] = null,
            [JobEnvironment.DestinationBucket] = "Not_A_Bucket",
        });

        var run = await JobRunner.RunInProcessAsync(environment, null, "pipeline-throughput");

        Assert.Equal(2, run.ExitCode);
        var error = Assert.Single(run.ErrorLines);
        Assert.Contains("PERF_RUN_ID is not set", error, StringComparison.Ordinal);
        Assert.Contains("SOURCE_BUCKET is not set", error, StringComparison.Ordinal);
        Assert.Contains("DESTINATION_BUCKET = 'Not_A_Bucket'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnreachableS3_ExitsOneNamingTheStageTheObjectAndTheEndpoint()
    {
        var closed = $"http://127.0.0.1:{FreePort.Next()}/";
        var environment = s3.JobEnvironmentFor("unreachable-1", "100", new Dictionary<string, string?> { [JobEnvironment.S3Endpoint] = closed });

        var run = await JobRunner.RunInProcessAsync(environment, new FakeTimeProvider(Now), "pipeline-throughput");

        Assert.Equal(1, run.ExitCode);
        var error = run.ErrorLines[0];
        Assert.StartsWith("[pipeline-throughput] error: land stage failed: could not upload to s3://perfinfra-raw-local/perfinfra-pipeline/unreachable-1/orders/LOAD00000001.csv", error, StringComparison.Ordinal);
        Assert.Contains($"S3 endpoint {closed}", error, StringComparison.Ordinal);
        Assert.Single(run.ErrorLines);
        Assert.Empty(await s3.ListAsync(LocalS3.RawBucket, "perfinfra-pipeline/unreachable-1/"));
    }

    [Fact]
    public async Task RunAsync_AnArgument_ExitsTwoSayingItReadsTheEnvironment()
    {
        var run = await JobRunner.RunInProcessAsync(s3.JobEnvironmentFor("args-1", "100"), null, "pipeline-throughput", "--records", "5");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("takes no arguments, got '--records'", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^orders/dt=(?<dt>\d{4}-\d{2}-\d{2})/perfinfra-pipeline-[A-Za-z0-9_-]+-orders-LOAD\d{8}_\d+\.parquet$")]
    private static partial Regex TableKey();

    private Task<JobRun> RunAsync(string runId, TimeProvider? time = null) =>
        JobRunner.RunInProcessAsync(s3.JobEnvironmentFor(runId, Records.ToString(CultureInfo.InvariantCulture)), time ?? new FakeTimeProvider(Now), "pipeline-throughput");

    /// <summary>The run's Parquet objects: its file names hold the run id after the raw root.</summary>
    private async Task<List<Amazon.S3.Model.S3Object>> CuratedObjectsAsync(string runId) =>
        (await s3.ListAsync(LocalS3.CuratedBucket, "orders/")).Where(o => o.Key.Contains($"/perfinfra-pipeline-{runId}-orders-", StringComparison.Ordinal)).ToList();

    private async Task<string> DownloadCuratedAsync(string runId)
    {
        var directory = Path.Combine(_download, runId);
        await s3.DownloadAsync(LocalS3.CuratedBucket, await CuratedObjectsAsync(runId), directory);
        return Path.Combine(directory, "orders");
    }

    /// <summary>One row of <paramref name="sql"/>, where {files} stands for every Parquet file under the table folder.</summary>
    private static async Task<object[]> QueryRowAsync(string tableDirectory, string sql) =>
        (await QueryValuesAsync(sql.Replace("{files}", $"'{Path.Combine(tableDirectory, "**", "*.parquet")}'", StringComparison.Ordinal))).Single();

    private static async Task<List<List<string>>> QueryRowsAsync(string sql) =>
        (await QueryValuesAsync(sql)).Select(r => r.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty).ToList()).ToList();

    private static async Task<List<object[]>> QueryValuesAsync(string sql)
    {
        await using var connection = new DuckDBConnection("DataSource=:memory:");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? string.Empty : reader.GetValue(i)).ToArray());
        }

        return rows;
    }
}
