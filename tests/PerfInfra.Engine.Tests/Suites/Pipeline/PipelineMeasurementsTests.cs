using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Suites.Measurements;
using PerfInfra.Engine.Suites.Pipeline;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Tests.Suites.Pipeline;

public sealed class PipelineMeasurementsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void From_VerifiedRun_RecordsEndToEndAndRecordsPerSecond()
    {
        var measurements = PipelineMeasurements.From(CreateRun(verified: 1000));

        Assert.Equal([10_000], Samples(measurements, "end_to_end"));
        Assert.Equal([4000], Samples(measurements, "batch_duration"));
        Assert.Equal(100, measurements.Values.Single(v => v.Series == "records_per_second" && v.Scope is null).Value);
        Assert.Equal(250, measurements.Values.Single(v => v.Scope == PipelineDefaults.ConvertStage).Value);
        Assert.Equal(0, measurements.Failures);
    }

    [Fact]
    public void From_VerifiedRun_StageTableHasARowPerStageAndEndToEnd()
    {
        var table = PipelineMeasurements.From(CreateRun(verified: 1000)).Tables.Single();

        Assert.Equal(PipelineMeasurements.StageTableTitle, table.Title);
        Assert.Equal(["generate", "convert", "verify", "end to end"], table.Rows.Select(r => r[0]));
        Assert.Equal(["convert", "1,000", "4.000", "250"], table.Rows[1]);
        Assert.StartsWith("1,000 of 1,000 records queryable", table.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void From_LostRecord_HasNoEndToEndSoItsThresholdFails()
    {
        var run = CreateRun(verified: 999) with { FailuresByKind = new Dictionary<string, long> { [PipelineDefaults.RecordsMissingKind] = 1 } };

        var measurements = PipelineMeasurements.From(run);
        var outcome = Judge(measurements, "end_to_end < 30m");

        Assert.False(outcome.Passed);
        Assert.Equal(ThresholdEvaluator.NoSamplesReason, outcome.Reason);
        Assert.Equal(1, measurements.FailuresByKind[PipelineDefaults.RecordsMissingKind]);
        Assert.DoesNotContain(measurements.Values, v => v.Series == "records_per_second");
    }

    [Fact]
    public void From_InterruptedRun_HasNoEndToEnd()
    {
        var measurements = PipelineMeasurements.From(CreateRun(verified: 1000) with { Completion = RunCompletion.Interrupted });

        Assert.Empty(Samples(measurements, "end_to_end"));
        Assert.Equal(RunCompletion.Interrupted, measurements.Completion);
    }

    [Fact]
    public void From_DmsNotMeasured_JudgesDmsLagAsNotMeasuredNeverPassed()
    {
        var run = CreateRun(verified: 1000) with { NotMeasured = [new NotMeasuredSeries("dms_lag", "needs AWS DMS")] };

        var outcome = Judge(PipelineMeasurements.From(run), "dms_lag.max < 60s");

        Assert.True(outcome.NotMeasured);
        Assert.False(outcome.Passed);
    }

    [Fact]
    public void From_DmsLagAboveSixtySeconds_FailsTheSeedThreshold()
    {
        var run = CreateRun(verified: 1000) with { DmsLag = [new SeriesSamples("target", "dms_lag", [12_000, 75_000])] };

        var outcome = Judge(PipelineMeasurements.From(run), "dms_lag.max < 60s");

        Assert.False(outcome.Passed);
        Assert.Equal(75_000, outcome.Measured);
    }

    private static ThresholdOutcome Judge(SuiteMeasurements measurements, string expression) =>
        ThresholdEvaluator.Evaluate(new ThresholdDefinition(new ThresholdScope("pipeline"), ThresholdParser.Parse(expression, "pipeline")), new SuiteMetricSource(measurements));

    private static IEnumerable<double> Samples(SuiteMeasurements m, string series) =>
        m.Samples.Where(s => s.Series == series).SelectMany(s => s.Values);

    private static PipelineRun CreateRun(long verified) =>
        new("test", 1000, T0, T0.AddSeconds(10),
        [
            new PipelineStage(PipelineDefaults.GenerateStage, 1000, T0, T0.AddSeconds(1)),
            new PipelineStage(PipelineDefaults.ConvertStage, 1000, T0.AddSeconds(1), T0.AddSeconds(5)),
            new PipelineStage(PipelineDefaults.VerifyStage, verified, T0.AddSeconds(5), T0.AddSeconds(10)),
        ])
        {
            RecordsVerified = verified,
            BatchDurationsMilliseconds = [4000],
        };
}
