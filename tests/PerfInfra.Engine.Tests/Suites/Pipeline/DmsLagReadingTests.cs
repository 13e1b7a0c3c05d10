using PerfInfra.Engine.Suites.Pipeline;

namespace PerfInfra.Engine.Tests.Suites.Pipeline;

public sealed class DmsLagReadingTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void From_SourceAndTargetSeconds_GivesMillisecondSamplesPerScope()
    {
        var reading = DmsLagReading.From([
            Result(PipelineDefaults.CdcLatencySourceId, 4, 12.5),
            Result(PipelineDefaults.CdcLatencyTargetId, 31),
        ]);

        Assert.Equal([4000, 12500], reading.Samples.Single(s => s.Scope == PipelineDefaults.SourceScope).Values);
        Assert.Equal([31000], reading.Samples.Single(s => s.Scope == PipelineDefaults.TargetScope).Values);
        Assert.All(reading.Samples, s => Assert.Equal(DmsLagReading.Series, s.Series));
        Assert.Equal(31000, reading.MaxMilliseconds);
        Assert.Empty(reading.IncompleteResults);
    }

    [Fact]
    public void From_NoDatapoints_GivesNoSamplesSoTheThresholdCannotPass()
    {
        var reading = DmsLagReading.From([Result(PipelineDefaults.CdcLatencySourceId), Result(PipelineDefaults.CdcLatencyTargetId)]);

        Assert.Empty(reading.Samples);
        Assert.Null(reading.MaxMilliseconds);
    }

    [Fact]
    public void From_ResultNotComplete_IsListedWithItsStatus()
    {
        var partial = Result(PipelineDefaults.CdcLatencyTargetId, 2) with { StatusCode = "PartialData" };

        var reading = DmsLagReading.From([partial]);

        Assert.Equal(["cdcLatencyTarget: PartialData"], reading.IncompleteResults);
    }

    [Fact]
    public void From_UnrelatedQueryIds_AreIgnored()
    {
        var reading = DmsLagReading.From([Result("cpu", 99)]);

        Assert.Empty(reading.Samples);
    }

    private static MetricDataResult Result(string id, params double[] seconds) =>
        new(id, id, seconds.Select((_, i) => T0.AddMinutes(i)).ToArray(), seconds, MetricDataResult.Complete);
}
