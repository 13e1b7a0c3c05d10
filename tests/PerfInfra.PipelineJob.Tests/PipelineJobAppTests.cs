using PerfInfra.PipelineJob.Tests.Support;

namespace PerfInfra.PipelineJob.Tests;

public sealed class PipelineJobAppTests
{
    private static readonly Dictionary<string, string?> NoEnvironment = [];

    [Theory]
    [InlineData("unknown command 'convert'")]
    [InlineData("unknown command '--records'")]
    [InlineData("no command given")]
    public async Task RunAsync_UnknownOrNoCommand_ExitsTwoWithOneLineNamingTheCommands(string expected)
    {
        var arguments = expected.StartsWith("no", StringComparison.Ordinal) ? [] : new[] { expected.Split('\'')[1] };

        var run = await JobRunner.RunInProcessAsync(NoEnvironment, null, arguments);

        Assert.Equal(2, run.ExitCode);
        var error = Assert.Single(run.ErrorLines);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains("expected pipeline-throughput or convert-to-parquet", error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task RunAsync_Help_PrintsUsageAndTheVariablesAndExitsZero()
    {
        var run = await JobRunner.RunInProcessAsync(NoEnvironment, null, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("convert-to-parquet --source-prefix <raw prefix>", run.Output, StringComparison.Ordinal);
        Assert.Contains("PERF_S3_ENDPOINT", run.Output, StringComparison.Ordinal);
    }
}
