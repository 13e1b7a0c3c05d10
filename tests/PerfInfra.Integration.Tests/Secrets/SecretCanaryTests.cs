using PerfInfra.Integration.Tests.Faults;

namespace PerfInfra.Integration.Tests.Secrets;

/// <summary>
/// A canary secret goes in the way users pass real ones (an auth header from an environment variable,
/// credentials in a target URL); then every output of the run — stdout, stderr, each file of the report
/// folder and of latest/ — is searched for it (issue 7). The run fails thresholds on purpose, so the
/// failure paths (junit failure messages, the verdict reason) are searched too.
/// </summary>
public sealed class SecretCanaryTests : IDisposable
{
    private const string CanaryVariable = "PERF_CANARY_TOKEN";
    private const string AuthHeader = "Authorization";
    private const string AuthPrefix = "Bearer ";

    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromSeconds(60);

    private readonly TempDirectory _dir = new();
    private readonly string _canary = "canary-" + Guid.NewGuid().ToString("N");

    private string OutputRoot => Path.Combine(_dir.Path, "reports");

    [Fact]
    public async Task Run_AuthHeaderFromEnvironment_SecretSentButInNoOutput()
    {
        using var server = new FaultServer(FaultBehaviors.ServerErrorBursts, recordedHeader: AuthHeader);
        var config = _dir.File("canary.yaml", FaultConfigs.Api(
            server.BaseUrl, auth: $"auth: {{ header: {AuthHeader}, prefix: \"{AuthPrefix}\", from_env: {CanaryVariable} }}"));
        using var perf = CliProcess.Start(_dir.Path, new Dictionary<string, string> { [CanaryVariable] = _canary },
            "run", "--config", config, "--out", OutputRoot);

        var code = await perf.WaitAsync(ProcessTimeout);

        Assert.True(code == 1, $"exit {code}\n{perf.Stdout}\n{perf.Stderr}");
        Assert.Equal(AuthPrefix + _canary, server.LastHeaderValue); // the canary really was in play
        AssertNowhere(perf.Stdout, perf.Stderr);
    }

    [Fact]
    public async Task Run_CredentialsInTargetUrl_RefusedWithoutRepeatingThem()
    {
        using var server = new FaultServer(FaultBehaviors.ServerErrorBursts);
        var config = _dir.File("canary-url.yaml", FaultConfigs.Api(server.BaseUrl));
        var target = $"http://perf:{_canary}@127.0.0.1:{server.Port}/";

        var (code, stdout, stderr) = await CliProcess.RunAsync(_dir.Path, ProcessTimeout,
            "run", "--config", config, "--target", target, "--out", OutputRoot);

        // Before the fix this ran, and printed and wrote the password (stdout banner, report metadata.target).
        Assert.True(code == 2, $"exit {code}\n{stdout}\n{stderr}");
        Assert.Contains("credentials", stderr);
        Assert.Equal(0, server.Requests);
        AssertNowhere(stdout, stderr);
    }

    [Fact]
    public async Task Run_SecretWithLineBreak_RefusedWithoutRepeatingIt()
    {
        var config = _dir.File("canary-break.yaml", FaultConfigs.Api(
            "http://127.0.0.1:9/", auth: $"auth: {{ header: {AuthHeader}, from_env: {CanaryVariable} }}"));
        using var perf = CliProcess.Start(_dir.Path, new Dictionary<string, string> { [CanaryVariable] = _canary + "\r\nX-Injected: 1" },
            "run", "--config", config, "--out", OutputRoot);

        var code = await perf.WaitAsync(ProcessTimeout);

        Assert.Equal(2, code);
        Assert.Contains("line break", perf.Stderr);
        AssertNowhere(perf.Stdout, perf.Stderr);
    }

    public void Dispose() => _dir.Dispose();

    private void AssertNowhere(string stdout, string stderr)
    {
        Assert.DoesNotContain(_canary, stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(_canary, stderr, StringComparison.Ordinal);
        if (!Directory.Exists(OutputRoot))
        {
            return;
        }

        var files = Directory.GetFiles(OutputRoot, "*", SearchOption.AllDirectories);
        foreach (var file in files)
        {
            Assert.False(File.ReadAllText(file).Contains(_canary, StringComparison.Ordinal), $"the canary secret is in {file}");
        }
    }
}
