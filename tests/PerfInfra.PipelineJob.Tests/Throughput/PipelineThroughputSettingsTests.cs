using PerfInfra.PipelineJob.Throughput;

namespace PerfInfra.PipelineJob.Tests.Throughput;

public sealed class PipelineThroughputSettingsTests
{
    [Fact]
    public void Read_NoRecordCount_UsesTheSeeds100000AndTheRunsRawPrefix()
    {
        var settings = PipelineThroughputSettings.Read(CreateEnvironment(records: null));

        Assert.Equal(new PipelineThroughputSettings(100_000, "exec_42-a", "raw-bucket", "curated-bucket"), settings);
        Assert.Equal("perfinfra-pipeline/exec_42-a/orders/", settings.RawPrefix);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("100000", 100_000)]
    [InlineData("10000000", 10_000_000)]
    public void Read_RecordCountInRange_IsTaken(string raw, int expected)
    {
        Assert.Equal(expected, PipelineThroughputSettings.Read(CreateEnvironment(raw)).Records);
    }

    [Fact]
    public void Read_EmptyRecordCount_CountsAsUnset()
    {
        // The state machine formats a missing plan field as an empty string.
        Assert.Equal(100_000, PipelineThroughputSettings.Read(CreateEnvironment(string.Empty)).Records);
    }

    [Theory]
    [InlineData("+5")]
    [InlineData(" 5")]
    [InlineData("5,000")]
    [InlineData("0x10")]
    public void Read_RecordCountNotPlainDigits_IsRefused(string raw)
    {
        var error = Assert.Throws<JobInputException>(() => PipelineThroughputSettings.Read(CreateEnvironment(raw)));

        Assert.StartsWith($"PERF_RECORDS = '{raw}'", error.Message, StringComparison.Ordinal);
    }

    private static JobEnvironment CreateEnvironment(string? records)
    {
        var values = new Dictionary<string, string?>
        {
            [JobEnvironment.Records] = records,
            [JobEnvironment.RunId] = "exec_42-a",
            [JobEnvironment.SourceBucket] = "raw-bucket",
            [JobEnvironment.DestinationBucket] = "curated-bucket",
        };
        return new JobEnvironment(name => values.GetValueOrDefault(name));
    }
}
