using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PerfInfra.Harness.Tests.Support;
using Xunit.Abstractions;

namespace PerfInfra.Harness.Tests;

/// <summary>
/// The real bootstrap binary as Lambda runs it: under @vercel/fun, which serves the Runtime API on
/// loopback and spawns the binary as a `provided` custom runtime (tests/harness/invoke-under-fun.mjs).
/// The Native AOT build when PERFINFRA_LAMBDA_BOOTSTRAP names its folder (build.sh publishes it for
/// CI), else the JIT build of the same project. The kill switch goes through the binary's AWS SDK to a
/// local SSM endpoint. Records the cold start (process start → first response).
/// </summary>
public sealed class BootstrapUnderFunTests(ITestOutputHelper output)
{
    public const string BootstrapVariable = "PERFINFRA_LAMBDA_BOOTSTRAP";
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);

    private const string Config = """
        version: 1
        default_profile: full
        target:
          base_url: http://127.0.0.1:9/
          allow_hosts: [127.0.0.1]
          timeout: 5s
        profiles:
          full:
            api: { model: closed, users: 10, duration: 10s }
        suites:
          api:
            thresholds: ["p95 < 1s"]
            scenarios:
              - { name: browse, weight: 1, steps: [ { name: home, get: "/" } ] }
        """;

    [Fact]
    public async Task Plan_UnderFun_AnswersAPlanErrorDocumentsAndRefusesOnceTheKillSwitchSaysStop()
    {
        var (directory, kind) = FunctionDirectory();
        var scratch = Directory.CreateTempSubdirectory("perfinfra-fun-").FullName;
        try
        {
            var config = Path.Combine(scratch, "load-test-config.yaml");
            await File.WriteAllTextAsync(config, Config);

            var result = await RunAsync(directory, config, scratch);

            var cold = result.GetProperty("coldStartMs").GetDouble();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind} bootstrap under @vercel/fun: cold start {cold:0} ms (process start → first response), warm {result.GetProperty("warmMs").GetDouble():0.0} ms"));
            Assert.True(cold > 0);

            var valid = result.GetProperty("valid");
            Assert.Equal(JsonValueKind.Null, valid.GetProperty("functionError").ValueKind);
            Assert.Equal(2, valid.GetProperty("payload").GetProperty("shards").GetArrayLength());
            Assert.Equal("http://127.0.0.1:9/", valid.GetProperty("payload").GetProperty("target").GetString());

            var invalid = result.GetProperty("invalid");
            Assert.NotEqual(JsonValueKind.Null, invalid.GetProperty("functionError").ValueKind);
            Assert.Equal("InvalidPayloadException", invalid.GetProperty("payload").GetProperty("errorType").GetString());
            Assert.Contains("users: got a string (\"lots\"): expected a whole number", invalid.GetProperty("payload").GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
            Assert.Equal(0, invalid.GetProperty("payload").GetProperty("stackTrace").GetArrayLength());

            var wrongShape = result.GetProperty("wrongShape").GetProperty("payload");
            Assert.Equal("InvalidPayloadException", wrongShape.GetProperty("errorType").GetString());
            Assert.Equal("input: runId: expected a string, got the number 5", wrongShape.GetProperty("errorMessage").GetString());

            var stopped = result.GetProperty("stopped").GetProperty("payload");
            Assert.Equal("PlanRejectedException", stopped.GetProperty("errorType").GetString());
            Assert.Contains("aws ssm put-parameter --name /perfinfra/local/kill-switch --value run --overwrite", stopped.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
            // The valid and the stopped plan each read the switch once; the invalid inputs never got that far.
            Assert.Equal(2, result.GetProperty("ssmRequests").GetInt32());
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>The AOT publish CI made, or the JIT build output beside this test's configuration.</summary>
    private static (string Directory, string Kind) FunctionDirectory()
    {
        if (Environment.GetEnvironmentVariable(BootstrapVariable) is { Length: > 0 } aot)
        {
            Assert.True(File.Exists(Path.Combine(aot, "bootstrap")), $"{BootstrapVariable}={aot} holds no bootstrap");
            return (aot, "Native AOT");
        }

        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var jit = RepositoryRoot.Resolve($"lambdas/PerfInfra.Lambdas/bin/{configuration}/net10.0");
        Assert.True(File.Exists(Path.Combine(jit, "bootstrap")), $"no bootstrap in {jit}: build lambdas/PerfInfra.Lambdas first");
        return (jit, "JIT");
    }

    private static async Task<JsonElement> RunAsync(string directory, string config, string scratch)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { RepositoryRoot.Resolve("tests/harness/invoke-under-fun.mjs"), directory, config })
        {
            start.ArgumentList.Add(a);
        }

        // fun keeps its runtime shims under XDG_CACHE_HOME: a scratch folder, not the user's cache.
        start.Environment["XDG_CACHE_HOME"] = scratch;
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(Bound);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"invoke-under-fun.mjs did not end within {Bound.TotalSeconds} s");
        }

        var text = await stdout;
        Assert.True(process.ExitCode == 0, $"invoke-under-fun.mjs exited {process.ExitCode}: {await stderr}\n{text}");
        var last = text.Trim().Split('\n').Last();
        return JsonDocument.Parse(last).RootElement.Clone();
    }
}
