using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Reporting;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Tests.Reporting;

public sealed class VerdictJudgeTests
{
    private static ThresholdOutcome Outcome(bool passed, double? measured = 100) => new(
        new ThresholdDefinition(new ThresholdScope("api"),
            new ThresholdExpression("p95 < 1000ms", new MetricSelector("latency", MetricAggregation.Percentile, 95), ThresholdOperator.LessThan, 1000, MetricUnit.Milliseconds)),
        measured, passed, measured is { } m ? 1000 - m : null, measured is null ? "no samples" : null);

    [Fact]
    public void Judge_CompletedAndAllPass_IsPass()
    {
        var (verdict, reason) = VerdictJudge.Judge(RunCompletion.Completed, null, [Outcome(true), Outcome(true)]);

        Assert.Equal(Verdict.Pass, verdict);
        Assert.Contains("all 2 thresholds passed", reason);
    }

    [Fact]
    public void Judge_OneThresholdFails_IsFailAndNamesIt()
    {
        var (verdict, reason) = VerdictJudge.Judge(RunCompletion.Completed, null, [Outcome(true), Outcome(false, 1500)]);

        Assert.Equal(Verdict.Fail, verdict);
        Assert.Contains("1 of 2", reason);
        Assert.Contains("p95 < 1000ms", reason);
        Assert.Contains("1500 ms", reason);
    }

    [Fact]
    public void Judge_InterruptedEvenIfAllPass_IsPartialNeverPass()
    {
        var (verdict, _) = VerdictJudge.Judge(RunCompletion.Interrupted, "SIGINT", [Outcome(true)]);

        Assert.Equal(Verdict.Partial, verdict);
    }

    [Fact]
    public void Judge_FailedRun_IsError()
    {
        var (verdict, reason) = VerdictJudge.Judge(RunCompletion.Failed, "target unreachable", [Outcome(true)]);

        Assert.Equal(Verdict.Error, verdict);
        Assert.Equal("target unreachable", reason);
    }

    [Fact]
    public void Judge_AbortedByThreshold_IsFail()
    {
        var (verdict, reason) = VerdictJudge.Judge(RunCompletion.Aborted, "p95 breached", [Outcome(false, 3000)]);

        Assert.Equal(Verdict.Fail, verdict);
        Assert.StartsWith("aborted: p95 breached", reason);
    }

    [Fact]
    public void Judge_NoThresholds_IsErrorNotPass()
    {
        var (verdict, _) = VerdictJudge.Judge(RunCompletion.Completed, null, []);

        Assert.Equal(Verdict.Error, verdict);
    }

    [Fact]
    public void Judge_NoSamples_FailsWithReason()
    {
        var (verdict, reason) = VerdictJudge.Judge(RunCompletion.Completed, null, [Outcome(false, null)]);

        Assert.Equal(Verdict.Fail, verdict);
        Assert.Contains("no samples", reason);
    }
}
