using System.Diagnostics;
using PerfInfra.Integration.Tests.Faults;

namespace PerfInfra.Integration.Tests.Verdict;

/// <summary>
/// The verdict never says pass on missing or misleading data (issue 7): no samples fail, failed requests
/// are not fast responses, and a run that ends early is never a pass. In process, against loopback servers.
/// </summary>
public sealed class VerdictIntegrityTests : IDisposable
{
    private const string LatencyOnly = "p95 < 1000ms";

    /// <summary>A run asked for 30 s; abort_on_fail must end it long before.</summary>
    private static readonly TimeSpan AbortedRunBound = TimeSpan.FromSeconds(10);

    /// <summary>Timers may fire a little early and histograms round: 90 % of the delay is still far above a fast failure.</summary>
    private const double SlowSuccessFloorFraction = 0.9;

    private static readonly double SlowSuccessFloorMs = FaultBehaviors.SlowSuccessDelay.TotalMilliseconds * SlowSuccessFloorFraction;

    private readonly TempDirectory _dir = new();

    private string OutputRoot => Path.Combine(_dir.Path, "reports");

    [Fact]
    public async Task Run_EveryRequestFailsAndOnlyLatencyIsJudged_FailsForNoSamples()
    {
        using var server = new FaultServer(FaultBehaviors.ResetMidResponse);
        var config = _dir.File("latency-only.yaml", LatencyOnlyConfig(server.BaseUrl));

        var result = await InProcessCli.RunAsync("run", "--config", config, "--out", OutputRoot);

        Assert.True(result.ExitCode == 1, result.ToString());
        var report = ReportSet.ReadSingle(OutputRoot);
        Assert.Equal("fail", report.Verdict);
        var latency = report.Threshold(LatencyOnly);
        Assert.Null(latency["measured"]);
        Assert.False(latency["passed"]!.GetValue<bool>());
        Assert.Contains("no samples", latency["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Run_FastFailuresAndSlowSuccesses_MedianIsTheSuccessesOnly()
    {
        using var server = new FaultServer(FaultBehaviors.FastFailuresSlowSuccesses);
        var config = _dir.File("median.yaml", FaultConfigs.Api(server.BaseUrl, duration: "2s", thinkTime: "0s", extraThresholds: ", \"med < 100ms\""));

        var result = await InProcessCli.RunAsync("run", "--config", config, "--out", OutputRoot);

        Assert.True(result.ExitCode == 1, result.ToString());
        var report = ReportSet.ReadSingle(OutputRoot);
        var median = report.Threshold("med < 100ms");
        Assert.False(median["passed"]!.GetValue<bool>());
        Assert.True(median["measured"]!.GetValue<double>() >= SlowSuccessFloorMs, result.ToString());

        // Most requests were fast failures, and none of them is in the latency figures.
        Assert.True(report.Errors * 2 > report.Requests, result.ToString());
        var latencyMin = report.ApiTotals["latency_ms"]!["min"]!.GetValue<double>();
        Assert.True(latencyMin >= SlowSuccessFloorMs, $"min {latencyMin} ms");
    }

    [Fact]
    public async Task Run_AbortOnFailBreached_EndsEarlyAsFailNeverPass()
    {
        using var server = new FaultServer(FaultBehaviors.ServerErrorBursts);
        var config = _dir.File("abort.yaml", FaultConfigs.Api(
            server.BaseUrl, duration: "30s", extraThresholds: ", { expr: \"error_rate < 10%\", abort_on_fail: true, grace: 0s }"));
        var watch = Stopwatch.StartNew();

        var result = await InProcessCli.RunAsync("run", "--config", config, "--out", OutputRoot);

        Assert.True(watch.Elapsed < AbortedRunBound, $"took {watch.Elapsed}");
        Assert.True(result.ExitCode == 1, result.ToString());
        var report = ReportSet.ReadSingle(OutputRoot);
        Assert.Equal("fail", report.Verdict);
        Assert.Contains("abort", report.Json["verdict_reason"]!.GetValue<string>());
    }

    public void Dispose() => _dir.Dispose();

    private static string LatencyOnlyConfig(string baseUrl) =>
        FaultConfigs.Api(baseUrl).Replace(
            $"[\"{FaultConfigs.ErrorRateThreshold}\", \"{FaultConfigs.LatencyThreshold}\"]", $"[\"{LatencyOnly}\"]", StringComparison.Ordinal);
}
