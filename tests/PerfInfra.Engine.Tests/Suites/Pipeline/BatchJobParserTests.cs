using System.Text.Json;
using PerfInfra.Engine.Suites.Pipeline;

namespace PerfInfra.Engine.Tests.Suites.Pipeline;

public sealed class BatchJobParserTests
{
    // The shape batch:submitJob.sync returns (DescribeJobs' job detail; times in epoch milliseconds).
    private const string SucceededJob = """
        {
          "JobArn": "arn:aws:batch:us-east-1:123456789012:job/5c1b0f2e", "JobId": "5c1b0f2e", "JobName": "perf-pipeline",
          "JobQueue": "arn:aws:batch:us-east-1:123456789012:job-queue/perfinfra", "Status": "SUCCEEDED",
          "CreatedAt": 1795860000000, "StartedAt": 1795860045000, "StoppedAt": 1795860207500,
          "Container": { "ExitCode": 0 }, "Attempts": [ { "StartedAt": 1795860045000, "StoppedAt": 1795860207500 } ]
        }
        """;

    [Fact]
    public void Parse_SucceededJob_DurationIsStartedToStoppedAndQueueWaitIsCreatedToStarted()
    {
        var job = Parse(SucceededJob).Single();

        Assert.True(job.HasSucceeded);
        Assert.Equal("5c1b0f2e", job.JobId);
        Assert.Equal(TimeSpan.FromMilliseconds(162_500), job.Duration);
        Assert.Equal(TimeSpan.FromSeconds(45), job.QueueWait);
    }

    [Fact]
    public void Parse_DescribeJobsResponse_ReadsEveryJob()
    {
        var jobs = Parse("""{"jobs":[{"jobId":"a","status":"SUCCEEDED"},{"jobId":"b","status":"RUNNING","startedAt":1795860045000}]}""");

        Assert.Equal(["a", "b"], jobs.Select(j => j.JobId));
        Assert.Null(jobs[1].Duration);
    }

    [Fact]
    public void ParseCause_FailedJobJson_ReadsStatusReason()
    {
        var job = BatchJobParser.ParseCause("""{"JobId":"x","Status":"FAILED","StatusReason":"Essential container in task exited","CreatedAt":1795860000000,"StartedAt":1795860001000,"StoppedAt":1795860002000}""");

        Assert.NotNull(job);
        Assert.Equal(BatchJob.Failed, job.Status);
        Assert.Equal("Essential container in task exited", job.StatusReason);
        Assert.Equal(TimeSpan.FromSeconds(1), job.Duration);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("States.Timeout")]
    [InlineData("""{"errorMessage":"boom"}""")]
    public void ParseCause_NotAJob_IsNull(string? cause)
    {
        Assert.Null(BatchJobParser.ParseCause(cause));
    }

    [Theory]
    [InlineData("""{"JobId":"a"}""", "BatchJob.Status is missing")]
    [InlineData("""{"Status":"SUCCEEDED"}""", "BatchJob.JobId is missing")]
    [InlineData("""{"JobId":"a","Status":"SUCCEEDED","StartedAt":true}""", "BatchJob.StartedAt must be a number")]
    [InlineData("""{"Jobs":[1]}""", "BatchJob.Jobs[0] must be an object")]
    public void Parse_MalformedJob_ThrowsNamingTheField(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<BatchJob> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return BatchJobParser.Parse(document.RootElement);
    }
}
