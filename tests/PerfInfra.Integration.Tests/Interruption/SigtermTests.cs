using System.Diagnostics;
using PerfInfra.Integration.Tests.Faults;

namespace PerfInfra.Integration.Tests.Interruption;

/// <summary>
/// SIGTERM (what a service manager, `timeout` or a CI runner sends) mid-run, to the real process: the run
/// stops within the engine's 2-second budget, and the partial report set is complete and never a pass.
/// SIGINT is covered in Cli/RunCommandTests.
/// </summary>
public sealed class SigtermTests : IDisposable
{
    private const int Sigterm = 15;

    /// <summary>The engine's stop budget (issue 2): from the signal to the end of the measured run.</summary>
    private static readonly TimeSpan StopBudget = TimeSpan.FromSeconds(2);

    /// <summary>The stop budget plus writing four files and the process exit, on a shared 2-core machine.</summary>
    private static readonly TimeSpan ExitBound = TimeSpan.FromSeconds(4);

    /// <summary>Enough load for the run to be well under way before the signal.</summary>
    private static readonly TimeSpan RunningBeforeSignal = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly TempDirectory _dir = new();

    private string OutputRoot => Path.Combine(_dir.Path, "reports");

    [Fact]
    public async Task Run_SigtermMidRun_StopsWithinTwoSecondsWithPartialReport()
    {
        using var server = new FaultServer(FaultBehaviors.Ok);

        var (signalled, exited, code, stdout) = await RunAndSignalAsync(FaultConfigs.Api(server.BaseUrl, duration: "60s"));

        AssertPartialWithin(signalled, exited, code, stdout);
    }

    [Fact]
    public async Task Run_SigtermWhileEveryRequestStalls_StillStopsWithinTwoSeconds()
    {
        // Requests in flight with a 30 s timeout: the stop must cancel them, not wait for them.
        using var server = new FaultServer(FaultBehaviors.Stall);

        var (signalled, exited, code, stdout) = await RunAndSignalAsync(FaultConfigs.Api(server.BaseUrl, timeout: "30s", duration: "60s", users: 4));

        AssertPartialWithin(signalled, exited, code, stdout);
    }

    public void Dispose() => _dir.Dispose();

    private async Task<(DateTimeOffset Signalled, TimeSpan Exited, int Code, string Stdout)> RunAndSignalAsync(string yaml)
    {
        var config = _dir.File("sigterm.yaml", yaml);
        using var perf = CliProcess.Start(_dir.Path, "run", "--config", config, "--out", OutputRoot);
        var started = Stopwatch.StartNew();
        while (!perf.Stdout.Contains("perf: api suite", StringComparison.Ordinal))
        {
            Assert.True(started.Elapsed < StartTimeout, $"perf did not start\n{perf.Stdout}\n{perf.Stderr}");
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }

        await Task.Delay(RunningBeforeSignal);
        var signalled = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
        perf.Signal(Sigterm);
        var code = await perf.WaitAsync(TimeSpan.FromSeconds(30));
        return (signalled, watch.Elapsed, code, perf.Stdout + perf.Stderr);
    }

    private void AssertPartialWithin(DateTimeOffset signalled, TimeSpan exited, int code, string output)
    {
        Assert.True(exited < ExitBound, $"exited {exited} after SIGTERM\n{output}");
        Assert.True(code == 3, $"exit {code}\n{output}");
        var report = ReportSet.ReadSingle(OutputRoot);
        Assert.Equal("partial", report.Verdict);
        Assert.Contains("SIGTERM", report.Json["verdict_reason"]!.GetValue<string>());
        var ended = report.Json["ended_at"]!.GetValue<DateTimeOffset>();
        Assert.True(ended - signalled < StopBudget, $"the run ended {(ended - signalled).TotalMilliseconds:0} ms after the signal");

        // Written atomically: every file complete, no temporary left behind, latest/ a copy of the set.
        var latest = Path.Combine(OutputRoot, "latest");
        foreach (var folder in new[] { report.Folder, latest })
        {
            Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
            Assert.Empty(Directory.GetFiles(folder, ".*"));
        }

        foreach (var name in new[] { "report.json", "report.md", "report.html", "junit.xml" })
        {
            Assert.Equal(report.ReadFile(name), File.ReadAllText(Path.Combine(latest, name)));
        }

        Assert.EndsWith("</html>", report.ReadFile("report.html").TrimEnd(), StringComparison.Ordinal);
        Assert.EndsWith("</testsuites>", report.ReadFile("junit.xml").TrimEnd(), StringComparison.Ordinal);
    }
}
