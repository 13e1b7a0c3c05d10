using System.Text.Json.Nodes;
using PerfInfra.DemoPlatform;

namespace PerfInfra.Integration.Tests.Cli;

/// <summary>
/// The local preflight against a real demo platform on loopback: with its cache (the optimization under
/// test) switched off, a run stops before any load and fails; with --preflight warn it runs and says so.
/// </summary>
public sealed class PreflightTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Run_DemoCacheOff_FailsBeforeAnyLoadAndReportsTheCheck()
    {
        await using var demo = await DemoPlatformHost.StartAsync(new DemoPlatformOptions { CacheEnabled = false }, CancellationToken.None);
        var outDir = Path.Combine(_dir.Path, "reports");

        var result = await InProcessCli.RunAsync("run", "--url", $"{demo.BaseUrl}api/products/3", "--users", "2", "--duration", "5s", "--out", outDir);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("preflight failed: api response cache enabled: expected on, found off", result.Stderr, StringComparison.Ordinal);
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "latest", "report.json")))!;
        Assert.Equal("fail", report["verdict"]!.GetValue<string>());
        Assert.StartsWith("preflight failed, no load was sent", report["verdict_reason"]!.GetValue<string>(), StringComparison.Ordinal);
        var check = report["preflight"]!["checks"]![0]!;
        Assert.Equal(("fail", "off"), (check["status"]!.GetValue<string>(), check["actual"]!.GetValue<string>()));
        var api = report["suites"]![0]!;
        Assert.Equal("not run: preflight failed", api["note"]!.GetValue<string>());
        Assert.Null(api["totals"]);
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(5), $"took {result.Elapsed}: the load should never have started");
    }

    [Fact]
    public async Task Run_DemoCacheOffPreflightWarn_RunsAndSaysSoInTheVerdict()
    {
        await using var demo = await DemoPlatformHost.StartAsync(new DemoPlatformOptions { CacheEnabled = false }, CancellationToken.None);
        var outDir = Path.Combine(_dir.Path, "reports");

        var result = await InProcessCli.RunAsync("run", "--url", $"{demo.BaseUrl}api/products/3", "--users", "2", "--duration", "1s", "--preflight", "warn", "--out", outDir);

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "latest", "report.json")))!;
        Assert.Equal("pass", report["verdict"]!.GetValue<string>());
        Assert.Contains("preflight warnings: api response cache enabled", report["verdict_reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(report["suites"]![0]!["totals"]!["requests"]!.GetValue<long>() > 0);
    }

    [Fact]
    public async Task Run_TargetIsNotADemoPlatform_CheckSkippedAndRunProceeds()
    {
        using var server = new Faults.FaultServer(Faults.FaultBehaviors.Ok);
        var outDir = Path.Combine(_dir.Path, "reports");

        var result = await InProcessCli.RunAsync("run", "--url", $"{server.BaseUrl}x", "--users", "1", "--duration", "1s", "--out", outDir);

        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "latest", "report.json")))!;
        Assert.Equal("skipped", report["preflight"]!["checks"]![0]!["status"]!.GetValue<string>());
        Assert.NotEqual(2, result.ExitCode);
        Assert.True(report["suites"]![0]!["totals"]!["requests"]!.GetValue<long>() > 0);
    }
}
