using System.Text.Json;
using PerfInfra.DataPipeline;
using PerfInfra.PipelineJob.Tests.Support;

namespace PerfInfra.PipelineJob.Tests.Conversion;

/// <summary>convert-to-parquet in process against s3rver: raw CSV objects put there by the test become the curated table's files.</summary>
[Collection(LocalS3Collection.Name)]
public sealed class ConvertToParquetCommandTests(LocalS3 s3) : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("perfinfra-convert-test-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task RunAsync_TwoCsvObjectsUnderThePrefix_ConvertsBothIntoTheTableLayout()
    {
        await PutOrdersAsync("drop/convert-1/", "c1", records: 3000, perFile: 1500);
        await s3.PutTextAsync(LocalS3.RawBucket, "drop/convert-1/_manifest.json", "{}");

        var run = await RunAsync("--source-prefix", "drop/convert-1/", "--compression", "snappy", "--partition-by", "dt");

        Assert.True(run.ExitCode == 0, run.ToString());
        var keys = (await s3.ListAsync(LocalS3.CuratedBucket, "orders/")).Select(o => o.Key).Where(k => k.Contains("drop-convert-1-", StringComparison.Ordinal)).ToList();
        Assert.Contains("orders/dt=2026-11-01/drop-convert-1-LOAD00000001_0.parquet", keys);
        Assert.Contains("orders/dt=2026-11-07/drop-convert-1-LOAD00000002_0.parquet", keys);
        Assert.All(keys, k => Assert.Matches(@"^orders/dt=2026-11-0[1-7]/drop-convert-1-LOAD0000000[12]_0\.parquet$", k));
        using var summary = JsonDocument.Parse(run.OutputLines[^1]);
        Assert.Equal(3000, summary.RootElement.GetProperty("records").GetInt64());
        Assert.Equal(2, summary.RootElement.GetProperty("rawObjects").GetInt32());
        Assert.Equal(keys.Count, summary.RootElement.GetProperty("parquetObjects").GetInt32());
    }

    [Fact]
    public async Task RunAsync_Zstd_WritesZstdParquet()
    {
        await PutOrdersAsync("drop/convert-zstd/", "z1", records: 200, perFile: 200);

        var run = await RunAsync("--source-prefix", "drop/convert-zstd/", "--compression", "ZSTD");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("zstd", JsonDocument.Parse(run.OutputLines[^1]).RootElement.GetProperty("compression").GetString());
    }

    [Fact]
    public async Task RunAsync_NoCsvUnderThePrefix_ExitsOneSayingNothingWasFound()
    {
        var run = await RunAsync("--source-prefix", "drop/nothing-here/");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no .csv object under s3://perfinfra-raw-local/drop/nothing-here/", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unknown flag '--table'", "--source-prefix", "drop/", "--table", "orders")]
    [InlineData("--compression 'lz4' is not a Parquet codec", "--source-prefix", "drop/", "--compression", "lz4")]
    [InlineData("--compression '1' is not a Parquet codec", "--source-prefix", "drop/", "--compression", "1")]
    [InlineData("--partition-by 'day' is not the curated tables' partition key", "--source-prefix", "drop/", "--partition-by", "day")]
    [InlineData("--source-prefix is missing", "--compression", "snappy")]
    [InlineData("--source-prefix needs a value", "--source-prefix")]
    [InlineData("--source-prefix '/abs' is not a key prefix", "--source-prefix", "/abs")]
    [InlineData("submit the job with --parameters sourcePrefix=<value>", "--source-prefix", "Ref::sourcePrefix")]
    public async Task RunAsync_BadFlags_ExitsTwoWithOneErrorAndWritesNothing(string expected, params string[] flags)
    {
        var before = await s3.CountAllAsync();

        var run = await RunAsync(flags);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(before, await s3.CountAllAsync());
    }

    private Task<JobRun> RunAsync(params string[] flags) =>
        JobRunner.RunInProcessAsync(s3.JobEnvironmentFor("unused", null), null, ["convert-to-parquet", .. flags]);

    /// <summary>Orders with ids <paramref name="idPrefix"/>-1…N from 2026-11-01, as raw CSV objects under <paramref name="prefix"/>.</summary>
    private async Task PutOrdersAsync(string prefix, string idPrefix, int records, int perFile)
    {
        var orders = new OrderGenerator(idPrefix, new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc), records).CreateAll(CancellationToken.None);
        foreach (var file in await new RawZoneWriter(_work, perFile).WriteAsync(orders, null, _ => { }, CancellationToken.None))
        {
            await s3.PutTextAsync(LocalS3.RawBucket, prefix + Path.GetFileName(file.Path), await File.ReadAllTextAsync(file.Path));
        }
    }
}
