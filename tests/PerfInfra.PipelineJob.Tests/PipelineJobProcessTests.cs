using System.Text.Json;
using PerfInfra.PipelineJob.Tests.Support;

namespace PerfInfra.PipelineJob.Tests;

/// <summary>
/// The job as AWS Batch runs it: the binary in its own process (build.sh's publish, made by the Dockerfile's
/// command, else the build output), configured by environment variables only, judged by its exit code.
/// </summary>
[Collection(LocalS3Collection.Name)]
public sealed class PipelineJobProcessTests(LocalS3 s3)
{
    [Fact]
    public async Task Binary_PipelineThroughput20000Records_ExitsZeroWithEveryRecordInTheCuratedTable()
    {
        var run = await JobRunner.RunProcessAsync(s3.JobEnvironmentFor("process-1", "20000"), "pipeline-throughput");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var summary = JsonDocument.Parse(run.OutputLines[^1]);
        Assert.Equal("succeeded", summary.RootElement.GetProperty("status").GetString());
        Assert.Equal(20000, summary.RootElement.GetProperty("records").GetInt64());
        Assert.Contains("20,000 rows, 20,000 distinct ids, id checksum matches, 0 foreign ids, 7 dt partitions", run.Output, StringComparison.Ordinal);
        var parquet = (await s3.ListAsync(LocalS3.CuratedBucket, "orders/")).Count(o => o.Key.Contains("/perfinfra-pipeline-process-1-orders-", StringComparison.Ordinal));
        Assert.Equal(summary.RootElement.GetProperty("parquetObjects").GetInt32(), parquet);
        Assert.Equal(2, (await s3.ListAsync(LocalS3.RawBucket, "perfinfra-pipeline/process-1/orders/")).Count);
    }

    [Fact]
    public async Task Binary_NoRecordsVariable_DefaultsToTheSeeds100000()
    {
        var run = await JobRunner.RunProcessAsync(s3.JobEnvironmentFor("process-default", null), "pipeline-throughput");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(100_000, JsonDocument.Parse(run.OutputLines[^1]).RootElement.GetProperty("records").GetInt64());
    }

    [Fact]
    public async Task Binary_BadRecordCount_ExitsTwoBeforeTouchingS3()
    {
        var before = await s3.CountAllAsync();

        var run = await JobRunner.RunProcessAsync(s3.JobEnvironmentFor("process-bad", "lots"), "pipeline-throughput");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("PERF_RECORDS = 'lots'", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(before, await s3.CountAllAsync());
    }
}
