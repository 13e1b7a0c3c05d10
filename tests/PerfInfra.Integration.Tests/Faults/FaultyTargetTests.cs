namespace PerfInfra.Integration.Tests.Faults;

/// <summary>
/// `perf run` against targets that misbehave, one fault each (issue 7). For every fault: the run
/// completes, the whole report set is written, every failed request is counted under the kind that
/// names the fault, and the thresholds judge it (error_rate fails; a latency threshold with no
/// successful sample fails rather than passing on nothing). Runs in process: 2 users, 1 s each.
/// </summary>
public sealed class FaultyTargetTests : IDisposable
{
    /// <summary>Short enough that 1 s of load sees several timeouts; far above a loopback answer.</summary>
    private const string ShortTimeout = "300ms";

    /// <summary>report.json rounds ratios to 5 decimals; compare one below.</summary>
    private const int ReportedDecimals = 4;

    private static readonly string[] ReportFiles = ["report.json", "report.md", "report.html", "junit.xml"];

    private readonly TempDirectory _dir = new();

    private string OutputRoot => Path.Combine(_dir.Path, "reports");

    [Fact]
    public async Task Run_ResetMidResponse_CountsResetAndFails() =>
        AssertFailedBy(await RunAsync(FaultBehaviors.ResetMidResponse), "reset", latencyHasSamples: false);

    [Fact]
    public async Task Run_StallBeyondTimeout_CountsTimeoutAndFails() =>
        AssertFailedBy(await RunAsync(FaultBehaviors.Stall, ShortTimeout), "timeout", latencyHasSamples: false);

    [Fact]
    public async Task Run_SlowlorisHeaders_CountsTimeoutAndFails() =>
        AssertFailedBy(await RunAsync(FaultBehaviors.Slowloris, ShortTimeout), "timeout", latencyHasSamples: false);

    [Fact]
    public async Task Run_MalformedStatusLine_CountsProtocolAndFails() =>
        AssertFailedBy(await RunAsync(FaultBehaviors.MalformedStatusLine), "protocol", latencyHasSamples: false);

    [Fact]
    public async Task Run_ConflictingContentLengths_CountsProtocolAndFails() =>
        AssertFailedBy(await RunAsync(FaultBehaviors.ConflictingContentLength), "protocol", latencyHasSamples: false);

    [Fact]
    public async Task Run_ServerErrorBursts_CountsHttp503AndFailsOnlyErrorRate()
    {
        var (result, server) = await RunWithServerAsync(FaultBehaviors.ServerErrorBursts);
        using (server)
        {
            var report = AssertFailedBy(result, "http_503", latencyHasSamples: true);

            // Half of the requests fail: the 503s are counted, the 200s measured.
            var ratio = (double)report.Errors / report.Requests;
            Assert.InRange(ratio, 0.3, 0.7);
            Assert.True(report.Threshold(FaultConfigs.LatencyThreshold)["passed"]!.GetValue<bool>(), result.ToString());
        }
    }

    [Fact]
    public async Task Run_TlsHandshakeFailure_CountsTlsAndFails()
    {
        using var server = new FaultServer(FaultBehaviors.Ok, onConnect: FaultBehaviors.PlainHttpToTls);
        var result = await RunAsync(server, $"https://127.0.0.1:{server.Port}/");

        AssertFailedBy(result, "tls", latencyHasSamples: false);
    }

    [Fact]
    public async Task Run_ConnectionRefusedAfterStart_CountsRefusedAndFails()
    {
        // The probe before the run connects; then the target goes away, as a crashed server would.
        using var server = new FaultServer(FaultBehaviors.Ok);
        var config = _dir.File("refused.yaml", FaultConfigs.Api(server.BaseUrl));

        var result = await InProcessCli.RunAsync(new AnnouncementWriter(server.StopListening), "run", "--config", config, "--out", OutputRoot);

        AssertFailedBy(result, "refused", latencyHasSamples: false);
        Assert.Equal(2, server.Connections); // only the probe and the preflight's GET /_admin/switches got in
    }

    [Fact]
    public async Task Run_ChunkedBodies_PassWithoutErrors()
    {
        var (result, server) = await RunWithServerAsync(FaultBehaviors.Chunked);
        using (server)
        {
            AssertPassed(result);
            Assert.True(server.Requests > 10, $"{server.Requests} requests");
        }
    }

    [Fact]
    public async Task Run_HugeBodies_PassWithoutErrors()
    {
        var (result, server) = await RunWithServerAsync(FaultBehaviors.HugeBody);
        using (server)
        {
            AssertPassed(result);
        }
    }

    [Fact]
    public async Task Run_KeepAliveClosedByServer_RetriesOnFreshConnectionsWithoutErrors()
    {
        var (result, server) = await RunWithServerAsync(FaultBehaviors.KeepAliveClosedByServer);
        using (server)
        {
            var report = AssertPassed(result);

            // One connection per request (plus the probe): every reuse met a closed connection and was retried.
            Assert.True(server.Connections > report.Requests, $"{server.Connections} connections for {report.Requests} requests");
        }
    }

    public void Dispose() => _dir.Dispose();

    private async Task<CliResult> RunAsync(FaultBehavior behavior, string timeout = "5s")
    {
        var (result, server) = await RunWithServerAsync(behavior, timeout);
        server.Dispose();
        return result;
    }

    private async Task<(CliResult Result, FaultServer Server)> RunWithServerAsync(FaultBehavior behavior, string timeout = "5s")
    {
        var server = new FaultServer(behavior);
        return (await RunAsync(server, server.BaseUrl, timeout), server);
    }

    private async Task<CliResult> RunAsync(FaultServer server, string baseUrl, string timeout = "5s")
    {
        var config = _dir.File($"fault-{server.Port}.yaml", FaultConfigs.Api(baseUrl, timeout));
        return await InProcessCli.RunAsync("run", "--config", config, "--out", OutputRoot);
    }

    private ReportSet AssertFailedBy(CliResult result, string kind, bool latencyHasSamples)
    {
        Assert.True(result.ExitCode == 1, result.ToString());
        var report = ReadCompleteReport(result);
        Assert.Equal("fail", report.Verdict);
        Assert.True(report.Errors > 0, result.ToString());

        // Every failure is classified, and under the kind that names this fault.
        Assert.Equal(new Dictionary<string, long> { [kind] = report.Errors }, report.ErrorsByKind);

        var errorRate = report.Threshold(FaultConfigs.ErrorRateThreshold);
        Assert.False(errorRate["passed"]!.GetValue<bool>());
        Assert.Equal((double)report.Errors / report.Requests, errorRate["measured"]!.GetValue<double>(), precision: ReportedDecimals);

        var latency = report.Threshold(FaultConfigs.LatencyThreshold);
        if (!latencyHasSamples)
        {
            // Failed requests are not fast responses: no success, no sample, and the threshold fails.
            Assert.Null(latency["measured"]);
            Assert.False(latency["passed"]!.GetValue<bool>());
        }

        Assert.Contains("<failure", report.ReadFile("junit.xml"));
        return report;
    }

    private ReportSet AssertPassed(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        var report = ReadCompleteReport(result);
        Assert.Equal("pass", report.Verdict);
        Assert.Equal(0, report.Errors);
        Assert.True(report.Requests > 0);
        return report;
    }

    private ReportSet ReadCompleteReport(CliResult result)
    {
        var report = ReportSet.ReadSingle(OutputRoot);
        Assert.Contains(report.Folder, result.Stdout);
        foreach (var file in ReportFiles)
        {
            Assert.True(File.Exists(Path.Combine(report.Folder, file)), $"{file} missing in {report.Folder}");
        }

        return report;
    }
}
