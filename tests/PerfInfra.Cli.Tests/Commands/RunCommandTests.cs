namespace PerfInfra.Cli.Tests.Commands;

/// <summary>Flag checking of `perf run`, in process: every bad flag at once, exit 2, nothing started.</summary>
public sealed class RunCommandTests
{
    private static async Task<(int Code, string Stdout, string Stderr)> InvokeAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await PerfCli.InvokeAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Run_SeveralBadFlags_ReportsEveryOneAndExitsTwo()
    {
        var (code, stdout, stderr) = await InvokeAsync("run", "--duration", "5 parsecs", "--rate", "fast", "--users", "0", "--target", "ftp://x");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--duration:", stderr);
        Assert.Contains("--rate:", stderr);
        Assert.Contains("--users:", stderr);
        Assert.Contains("--target:", stderr);
        Assert.Equal(string.Empty, stdout);
    }

    [Fact]
    public async Task Run_ThresholdWithoutUrl_IsUsageError()
    {
        var (code, _, stderr) = await InvokeAsync("run", "--threshold", "p95 < 1s");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("quick mode", stderr);
    }

    [Fact]
    public async Task Run_UrlWithProfile_IsUsageError()
    {
        var (code, _, stderr) = await InvokeAsync("run", "--url", "http://127.0.0.1:1/", "--profile", "full");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--url", stderr);
    }

    [Fact]
    public async Task Run_UnknownSuite_IsRejectedByTheParser()
    {
        var (code, _, stderr) = await InvokeAsync("run", "--suite", "everything");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("everything", stderr);
    }

    [Fact]
    public async Task Run_UsersAboveSafetyCap_ExitsTwoBeforeAnyTraffic()
    {
        var (code, _, stderr) = await InvokeAsync("run", "--url", "http://127.0.0.1:1/", "--users", "1000000", "--duration", "1s");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--users", stderr);
        Assert.Contains("5000", stderr);
    }

    [Fact]
    public async Task Run_DurationAboveSafetyCap_ExitsTwo()
    {
        var (code, _, stderr) = await InvokeAsync("run", "--url", "http://127.0.0.1:1/", "--duration", "5h");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--duration", stderr);
    }

    [Fact]
    public async Task Schema_PrintsJsonWithTheTopLevelKeys()
    {
        var (code, stdout, _) = await InvokeAsync("schema");

        Assert.Equal(ExitCodes.Success, code);
        var schema = System.Text.Json.Nodes.JsonNode.Parse(stdout)!;
        foreach (var key in new[] { "version", "target", "profiles", "suites", "safety" })
        {
            Assert.NotNull(schema["properties"]![key]);
        }
    }
}
