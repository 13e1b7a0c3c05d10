using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using PerfInfra.DemoPlatform;
using PerfInfra.DemoPlatform.Latency;
using PerfInfra.Lambdas;
using PerfInfra.Lambdas.Aws;

namespace PerfInfra.Harness.Tests.Support;

/// <summary>
/// Everything a local execution needs, started once: s3rver with the report bucket, the demo
/// platform, the invoke endpoint serving the real handlers, and the synthesized definition.
/// </summary>
public sealed class LocalAws : IAsyncLifetime
{
    public const string Bucket = "perfinfra-reports-local";
    public const string ConfigKey = "config/load-test-config.yaml";
    private static readonly TimeSpan ExecutionTimeout = TimeSpan.FromMinutes(2);

    private S3rverProcess? _s3;
    private S3ObjectStore? _store;
    private DemoPlatformHost? _demo;
    private string _scratch = string.Empty;

    internal InvokeServer Invoke { get; private set; } = null!;

    internal IObjectStore Store => _store!;

    public Uri DemoUrl => _demo!.BaseUrl;

    public string DefinitionPath { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        _scratch = Directory.CreateTempSubdirectory("perfinfra-harness-").FullName;
        DefinitionPath = Path.Combine(_scratch, "definition.asl.json");
        await File.WriteAllTextAsync(DefinitionPath, SynthesizedDefinition.Create());
        _s3 = await S3rverProcess.StartAsync(Bucket);

        // The AWS SDK's default credential chain, as in Lambda, fed s3rver's fixed development keys.
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", S3rverProcess.AccessKey);
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", S3rverProcess.AccessKey);
        Environment.SetEnvironmentVariable("AWS_REGION", "us-east-1");
        var env = new Dictionary<string, string>
        {
            [LambdaSettings.BucketVariable] = Bucket,
            [LambdaSettings.S3EndpointVariable] = _s3.Endpoint.ToString(),
            [LambdaSettings.ConfigKeyVariable] = ConfigKey,
            // Two shards of 10/s each for the 20/s test profile: a real fan-out on two cores.
            [LambdaSettings.RatePerShardVariable] = "10",
            // As the stack sets it on plan: the same expectations the synthesized preflight states read.
            [LambdaSettings.PreflightExpectedVariable] = JsonSerializer.Serialize(SynthesizedDefinition.PreflightExpected, new JsonSerializerOptions(JsonSerializerDefaults.Web)),
        };
        var settings = LambdaSettings.Read(name => env.GetValueOrDefault(name));
        _store = S3ObjectStore.Create(Bucket, _s3.Endpoint);
        _demo = await DemoPlatformHost.StartAsync(new DemoPlatformOptions { LatencyProfile = LatencyProfile.None }, CancellationToken.None);
        Invoke = new InvokeServer(_store, settings);
    }

    public async Task DisposeAsync()
    {
        Invoke?.Dispose();
        if (_demo is not null)
        {
            await _demo.DisposeAsync();
        }

        _store?.Dispose();
        _s3?.Dispose();
        if (Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true);
        }
    }

    /// <summary>
    /// Every execution's preflight reads a live platform (Recorded/preflight-live.json) unless the test's
    /// own recorded responses answer a preflight state otherwise: theirs win, state by state.
    /// </summary>
    private async Task<string> WithLivePreflightAsync(string executionName, string? recordedPath)
    {
        var merged = JsonNode.Parse(await File.ReadAllTextAsync(LivePreflightPath))!.AsObject();
        if (recordedPath is not null)
        {
            foreach (var (state, response) in JsonNode.Parse(await File.ReadAllTextAsync(recordedPath))!.AsObject().ToList())
            {
                merged[state] = response?.DeepClone();
            }
        }

        var path = Path.Combine(_scratch, executionName + ".recorded.merged.json");
        await File.WriteAllTextAsync(path, merged.ToJsonString());
        return path;
    }

    public static string LivePreflightPath => RepositoryRoot.Resolve("tests/PerfInfra.Harness.Tests/Recorded/preflight-live.json");

    /// <summary>As <see cref="ExecuteAsync"/>, with the recorded responses given as JSON text.</summary>
    public async Task<JsonElement> ExecuteWithRecordedJsonAsync(string executionName, string inputJson, string recordedJson)
    {
        var recordedPath = Path.Combine(_scratch, executionName + ".recorded.json");
        await File.WriteAllTextAsync(recordedPath, recordedJson);
        return await ExecuteAsync(executionName, inputJson, recordedPath);
    }

    /// <summary>
    /// Runs the definition under aws-local-stepfunctions; returns its result line. <paramref name="recordedPath"/>
    /// answers service-integration states by name (format: tests/harness/run-state-machine.mjs).
    /// </summary>
    public async Task<JsonElement> ExecuteAsync(string executionName, string inputJson, string? recordedPath = null)
    {
        var inputPath = Path.Combine(_scratch, executionName + ".input.json");
        await File.WriteAllTextAsync(inputPath, inputJson);
        recordedPath = await WithLivePreflightAsync(executionName, recordedPath);

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[]
        {
            "--require", RepositoryRoot.Resolve("tests/harness/promise-with-resolvers.cjs"),
            RepositoryRoot.Resolve("tests/harness/run-state-machine.mjs"), DefinitionPath, inputPath, executionName, Invoke.Url.ToString().TrimEnd('/'),
        })
        {
            start.ArgumentList.Add(a);
        }

        if (recordedPath is not null)
        {
            start.ArgumentList.Add(recordedPath);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(ExecutionTimeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the local execution {executionName} did not end within {ExecutionTimeout.TotalSeconds} s");
        }

        var output = await stdout;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"run-state-machine.mjs exited {process.ExitCode}: {await stderr}\n{output}");
        }

        return JsonDocument.Parse(output.Trim().Split('\n').Last()).RootElement.Clone();
    }
}
