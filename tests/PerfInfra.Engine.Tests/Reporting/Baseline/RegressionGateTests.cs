using PerfInfra.Engine.Reporting;
using PerfInfra.Engine.Reporting.Baseline;
using PerfInfra.Reporting.Samples;

namespace PerfInfra.Engine.Tests.Reporting.Baseline;

public sealed class RegressionGateTests
{
    private static readonly RunReport Baseline = SyntheticReports.FiveMinutes();

    private static RunReport Passing(RunReport r) => r with { Verdict = "pass", VerdictReason = "all passed" };

    private static BaselineComparison Compare(RunReport current, bool gate) =>
        BaselineComparer.Compare(current, Baseline, "latest", RegressionTolerances.Default, gate);

    [Fact]
    public void Apply_GateOnAndRegression_FailsAPassingRun()
    {
        var current = Passing(SyntheticReports.FiveMinutes(latencyFactor: 1.5));

        var judged = RegressionGate.Apply(current, Compare(current, gate: true));

        Assert.Equal("fail", judged.Verdict);
        Assert.StartsWith($"{judged.Baseline!.RegressionCount} regressions beyond tolerance vs baseline: api avg +", judged.VerdictReason);
        Assert.True(judged.Baseline.GateFailed);
    }

    [Fact]
    public void Apply_GateOff_KeepsTheVerdictButRecordsTheComparison()
    {
        var current = Passing(SyntheticReports.FiveMinutes(latencyFactor: 1.5));

        var judged = RegressionGate.Apply(current, Compare(current, gate: false));

        Assert.Equal("pass", judged.Verdict);
        Assert.NotNull(judged.Baseline);
        Assert.True(judged.Baseline!.RegressionCount > 0);
        Assert.False(judged.Baseline.GateFailed);
    }

    [Fact]
    public void Apply_NoRegression_KeepsPass()
    {
        var current = Passing(SyntheticReports.FiveMinutes(seed: 42));

        var judged = RegressionGate.Apply(current, Compare(current, gate: true));

        Assert.Equal("pass", judged.Verdict);
        Assert.Equal(0, judged.Baseline!.RegressionCount);
    }

    [Fact]
    public void Apply_FailedRun_KeepsFailAndAddsTheRegressions()
    {
        var current = SyntheticReports.FiveMinutes(latencyFactor: 1.5) with { Verdict = "fail", VerdictReason = "1 of 4 thresholds failed" };

        var judged = RegressionGate.Apply(current, Compare(current, gate: true));

        Assert.Equal("fail", judged.Verdict);
        Assert.StartsWith("1 of 4 thresholds failed; ", judged.VerdictReason);
        Assert.Contains("regressions beyond tolerance", judged.VerdictReason);
    }

    [Theory]
    [InlineData("partial")]
    [InlineData("error")]
    public void Apply_WorseVerdict_IsKept(string verdict)
    {
        var current = SyntheticReports.FiveMinutes(latencyFactor: 1.5) with { Verdict = verdict, VerdictReason = "stopped" };

        var judged = RegressionGate.Apply(current, Compare(current, gate: true));

        Assert.Equal(verdict, judged.Verdict);
        Assert.Equal("stopped", judged.VerdictReason);
    }
}
