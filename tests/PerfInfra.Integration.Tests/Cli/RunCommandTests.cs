using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using PerfInfra.DemoPlatform;

namespace PerfInfra.Integration.Tests.Cli;

/// <summary>
/// The `perf` CLI end to end, as a separate process, against real servers on 127.0.0.1.
/// Every run is short and bounded.
/// </summary>
public sealed class RunCommandTests : IDisposable
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromSeconds(60);
    private readonly TempDirectory _dir = new();

    private const string SmallConfig = """
        version: 1
        default_profile: tiny
        target:
          base_url: demo
          allow_hosts: [127.0.0.1]
          timeout: 5s
        profiles:
          tiny:
            api: { model: closed, users: 4, ramp_up: 1s, duration: 2s, ramp_down: 0s }
        suites:
          api:
            think_time: 10ms
            thresholds: ["avg < 500ms", "p95 < 1000ms", "p99 < 2000ms", "error_rate < 1%"]
            scenarios:
              - name: browse
                weight: 3
                steps:
                  - { name: list products, get: "/api/products?page=1" }
                  - { name: product detail, get: /api/products/7 }
              - name: search
                weight: 1
                steps:
                  - { name: search, get: "/api/search?q=shoe" }
        """;

    [Fact]
    public async Task Run_SmallConfigAgainstDemo_PassesAndWritesCompleteReport()
    {
        var config = _dir.File("perf.yaml", SmallConfig);
        var outDir = Path.Combine(_dir.Path, "reports");

        var (code, stdout, stderr) = await CliProcess.RunAsync(_dir.Path, ProcessTimeout, "run", "--config", config, "--out", outDir);

        Assert.True(code == 0, $"exit {code}\n{stdout}\n{stderr}");
        var folder = RunFolder(outDir);
        Assert.Contains(folder, stdout);
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "report.json")))!;
        Assert.Equal("pass", report["verdict"]!.GetValue<string>());
        var api = report["suites"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "api")!;
        var scenarios = api["scenarios"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(["browse", "search"], scenarios.Order().ToList());
        Assert.True(api["totals"]!["requests"]!.GetValue<long>() > 20);
        Assert.Equal(4, report["thresholds"]!.AsArray().Count);
        Assert.True(File.Exists(Path.Combine(folder, "report.md")));
        Assert.True(File.Exists(Path.Combine(folder, "junit.xml")));
    }

    [Fact]
    public async Task Run_QuickModeAgainstUrl_JudgedBySeedThresholds()
    {
        await using var demo = await DemoPlatformHost.StartAsync(new DemoPlatformOptions(), CancellationToken.None);
        var outDir = Path.Combine(_dir.Path, "reports");

        var (code, stdout, stderr) = await CliProcess.RunAsync(_dir.Path, ProcessTimeout,
            "run", "--url", $"{demo.BaseUrl}api/products/3", "--users", "4", "--duration", "2s", "--out", outDir);

        Assert.True(code == 0, $"exit {code}\n{stdout}\n{stderr}");
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(RunFolder(outDir), "report.json")))!;
        var expressions = report["thresholds"]!.AsArray().Select(t => t!["expression"]!.GetValue<string>()).ToList();
        Assert.Equal(["avg < 500ms", "p95 < 1000ms", "p99 < 2000ms", "error_rate < 1%"], expressions);
    }

    [Fact]
    public async Task Run_ThresholdBreached_ExitsOneWithFailingJUnitCase()
    {
        await using var demo = await DemoPlatformHost.StartAsync(new DemoPlatformOptions(), CancellationToken.None);
        var outDir = Path.Combine(_dir.Path, "reports");

        var (code, stdout, stderr) = await CliProcess.RunAsync(_dir.Path, ProcessTimeout,
            "run", "--url", $"{demo.BaseUrl}api/products/3", "--users", "2", "--duration", "1s", "--threshold", "max < 1us", "--out", outDir);

        Assert.True(code == 1, $"exit {code}\n{stdout}\n{stderr}");
        var junit = File.ReadAllText(Path.Combine(RunFolder(outDir), "junit.xml"));
        Assert.Contains("<failure", junit);
        Assert.Contains("FAIL", stdout);
    }

    [Fact]
    public async Task Run_HostNotOnAllowList_ExitsTwoAndSendsNothing()
    {
        // 127.0.0.2 is loopback on Linux but not on the default allow-list (127.0.0.1, localhost, ::1).
        using var server = new CountingServer(IPAddress.Parse("127.0.0.2"));

        var (code, _, stderr) = await CliProcess.RunAsync(_dir.Path, ProcessTimeout,
            "run", "--url", $"http://127.0.0.2:{server.Port}/", "--duration", "1s", "--out", Path.Combine(_dir.Path, "r"));

        Assert.Equal(2, code);
        Assert.Contains("allow", stderr);
        Assert.Equal(0, server.Connections);
        Assert.False(Directory.Exists(Path.Combine(_dir.Path, "r")));
    }

    [Fact]
    public async Task Run_TargetUnreachable_ExitsThreeQuickly()
    {
        var closedPort = FreePort();
        var watch = Stopwatch.StartNew();

        var (code, _, stderr) = await CliProcess.RunAsync(_dir.Path, ProcessTimeout,
            "run", "--url", $"http://127.0.0.1:{closedPort}/", "--duration", "30s", "--out", Path.Combine(_dir.Path, "r"));

        Assert.Equal(3, code);
        Assert.Contains("unreachable", stderr);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Run_SigintMidRun_StopsWithinTwoSecondsAndWritesPartialReport()
    {
        await using var demo = await DemoPlatformHost.StartAsync(new DemoPlatformOptions(), CancellationToken.None);
        var outDir = Path.Combine(_dir.Path, "reports");
        using var perf = CliProcess.Start(_dir.Path,
            "run", "--url", $"{demo.BaseUrl}api/products/3", "--users", "8", "--duration", "60s", "--out", outDir);
        await WaitForAsync(() => perf.Stdout.Contains("rps", StringComparison.Ordinal), TimeSpan.FromSeconds(20));

        var watch = Stopwatch.StartNew();
        perf.Signal(2);
        var code = await perf.WaitAsync(TimeSpan.FromSeconds(20));

        // 2 s for the engine's stop plus report writing and process exit.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(4), $"stopped after {watch.Elapsed}");
        Assert.Equal(3, code);
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(RunFolder(outDir), "report.json")))!;
        Assert.Equal("partial", report["verdict"]!.GetValue<string>());
        Assert.True(report["suites"]![0]!["totals"]!["requests"]!.GetValue<long>() > 0);
    }

    [Fact]
    public async Task Run_PipelineSuite_RunsLocallyAndReportsDmsLagNotMeasured()
    {
        var outDir = Path.Combine(_dir.Path, "reports");

        var (code, stdout, stderr) = await CliProcess.RunAsync(_dir.Path, ProcessTimeout, "run", "--suite", "pipeline", "--out", outDir);

        Assert.True(code == 0, $"exit {code}\n{stdout}\n{stderr}");
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(RunFolder(outDir), "report.json")))!;
        var suite = report["suites"]!.AsArray().Single()!;
        Assert.Equal(("pipeline", "ran"), (suite["name"]!.GetValue<string>(), suite["status"]!.GetValue<string>()));
        var lag = report["thresholds"]!.AsArray().Single(t => t!["metric"]!.GetValue<string>() == "dms_lag.max")!;
        Assert.True(lag["not_measured"]!.GetValue<bool>());
        Assert.False(lag["passed"]!.GetValue<bool>());
        Assert.Contains("1 not measured here", report["verdict_reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("NOT MEASURED", stdout, StringComparison.Ordinal);
        Assert.Contains("<skipped", File.ReadAllText(Path.Combine(RunFolder(outDir), "junit.xml")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run", "--duration", "5x")]
    [InlineData("run", "--users", "0")]
    [InlineData("run", "--no-such-flag")]
    [InlineData("frobnicate")]
    public async Task Run_BadArguments_ExitTwo(params string[] args)
    {
        var (code, _, stderr) = await CliProcess.RunAsync(_dir.Path, ProcessTimeout, args);

        Assert.Equal(2, code);
        Assert.False(string.IsNullOrWhiteSpace(stderr));
        Assert.DoesNotContain("   at ", stderr); // no stack trace
    }

    /// <summary>The one run folder under OUT (OUT/latest is the copy of the newest run, checked to match).</summary>
    private static string RunFolder(string outDir)
    {
        var folder = Assert.Single(Directory.GetDirectories(outDir), d => Path.GetFileName(d) != "latest");
        Assert.Equal(
            File.ReadAllText(Path.Combine(folder, "report.json")),
            File.ReadAllText(Path.Combine(outDir, "latest", "report.json")));
        return folder;
    }

    private static int FreePort()
    {
        using var l = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static async Task WaitForAsync(Func<bool> condition, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > timeout)
            {
                throw new TimeoutException("condition not met in " + timeout);
            }

            await Task.Delay(100);
        }
    }

    public void Dispose() => _dir.Dispose();
}
