using System.Text;
using System.Text.Json;
using PerfInfra.Engine.Config;
using PerfInfra.Engine.Suites.Lambda;
using PerfInfra.Lambdas.Collectors;
using PerfInfra.Lambdas.Contracts;

namespace PerfInfra.Lambdas.Tests.Collectors;

public sealed class LambdaCollectorTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly RunPlan Plan = new("run-1", new RunRequest(["lambda"]), new SuiteSelection(false, false, false, true), "full", "http://127.0.0.1/", "closed", 1, null, 1, []);

    private static LambdaCollector CreateSut() => new();

    private static string Tail(string report) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"START RequestId: x Version: $LATEST\nEND RequestId: x\n{report}\n"));

    private static string Invoke(double duration, int used, double? init = null, string? functionError = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["StatusCode"] = 200,
            ["LogResult"] = Tail(new LambdaReportLine("x", duration, Math.Ceiling(duration), 1024, used, init).Format()),
            ["FunctionError"] = functionError,
        });

    private static CollectInput Input(string responses) =>
        new("lambda", Plan, JsonDocument.Parse(responses).RootElement, Now.AddMinutes(-2));

    private static ResolvedRun Run() => RunResolver.Resolve(ConfigLoader.LoadDefault(), RunOverrides.None);

    [Fact]
    public void Collect_ColdAndWarmInvokeResults_MeasuresEachFunction()
    {
        var responses = $$"""
            [
              { "name": "demo-api", "functionName": "PerfInfra-Platform-DemoApi", "cold": [{{Invoke(20, 90, init: 250)}}], "warm": [{{Invoke(4, 95)}}, {{Invoke(6, 96)}}] },
              { "name": "auth", "functionName": "PerfInfra-Platform-Auth", "cold": [{{Invoke(3, 60, init: 120)}}], "warm": [{{Invoke(2, 61)}}] }
            ]
            """;

        var measurements = CreateSut().Collect(Input(responses), Run(), Now);

        Assert.Equal("lambda", measurements.Suite);
        Assert.Equal(Now.AddMinutes(-2), measurements.StartedAt);
        Assert.Equal([270.0], measurements.Samples.Single(s => s.Scope == "demo-api" && s.Series == "cold_start").Values);
        Assert.Equal([4.0, 6.0], measurements.Samples.Single(s => s.Scope == "demo-api" && s.Series == "warm").Values);
        Assert.Equal([120.0], measurements.Samples.Single(s => s.Scope == "auth" && s.Series == "init_duration").Values);
        Assert.Equal(5, measurements.Operations);
        Assert.Equal(0, measurements.Failures);
    }

    [Fact]
    public void Collect_FunctionErrorAndFailedInvoke_AreFailuresNotSamples()
    {
        var responses = $$"""
            [ { "name": "ml", "cold": [{{Invoke(30, 100, init: 900, functionError: "Unhandled")}}],
                "warm": [{ "error": { "Error": "Lambda.TooManyRequestsException", "Cause": "Rate exceeded" } }, {{Invoke(5, 100)}}] } ]
            """;

        var measurements = CreateSut().Collect(Input(responses), Run(), Now);

        Assert.Equal(2, measurements.Failures);
        Assert.Equal(1, measurements.FailuresByKind["FunctionError.Unhandled"]);
        Assert.Equal(1, measurements.FailuresByKind["Lambda.TooManyRequestsException"]);
        Assert.DoesNotContain(measurements.Samples, s => s.Series == "cold_start");
        Assert.Equal([5.0], measurements.Samples.Single(s => s.Series == "warm").Values);
    }

    [Fact]
    public void Collect_LogResultWithoutReport_NamesTheResponse()
    {
        var empty = Convert.ToBase64String(Encoding.UTF8.GetBytes("START RequestId: x\n"));
        var responses = $$"""[ { "name": "auth", "cold": [], "warm": [{ "StatusCode": 200, "LogResult": "{{empty}}" }] } ]""";

        var error = Assert.Throws<InvalidDataException>(() => CreateSut().Collect(Input(responses), Run(), Now));

        Assert.Contains("responses[0].warm[0].LogResult", error.Message, StringComparison.Ordinal);
        Assert.Contains("no REPORT line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Collect_ResultWithoutLogResult_SaysInvokeNeedsLogTypeTail()
    {
        var error = Assert.Throws<InvalidDataException>(() => CreateSut().Collect(Input("""[ { "name": "auth", "cold": [{ "StatusCode": 200 }], "warm": [] } ]"""), Run(), Now));

        Assert.Contains("'LogResult'", error.Message, StringComparison.Ordinal);
    }

    private static string SweepInvoke(double duration, int memoryMb, double? init = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["StatusCode"] = 200,
            ["LogResult"] = Tail(new LambdaReportLine("x", duration, Math.Ceiling(duration), memoryMb, 80, init).Format()),
        });

    private static string Sweep(string restoreStatus, string error = "{}") => $$"""
        { "original": { "memoryMb": 1024, "architectures": ["arm64"] },
          "results": [
            { "memoryMb": 256, "invocations": [{{SweepInvoke(90, 256, init: 300)}}, {{SweepInvoke(40, 256)}}, {{SweepInvoke(40, 256)}}] },
            { "memoryMb": 1024, "invocations": [{{SweepInvoke(30, 1024, init: 250)}}, {{SweepInvoke(11, 1024)}}, {{SweepInvoke(11, 1024)}}] },
            { "memoryMb": 2048, "invocations": [{{SweepInvoke(20, 2048, init: 200)}}, {{SweepInvoke(10, 2048)}}, { "error": { "Error": "Lambda.TooManyRequestsException", "Cause": "Rate exceeded" } }] } ],
          "error": {{error}},
          "restore": { "status": "{{restoreStatus}}", "memoryMb": 1024 } }
        """;

    [Fact]
    public void Collect_MemorySweep_ATableRecommendingSizesFromWarmReportsOnly()
    {
        var responses = $$"""[ { "name": "demo-api", "cold": [], "warm": [{{Invoke(4, 95)}}], "sweep": {{Sweep("Successful")}} } ]""";

        var measurements = CreateSut().Collect(Input(responses), Run(), Now);

        var table = measurements.Tables.Single(t => t.Title.StartsWith("Memory sweep: demo-api", StringComparison.Ordinal));
        Assert.Equal(["256 MB", "1024 MB", "2048 MB"], table.Rows.Select(r => r[0]));
        // Warm only: the cold start after each change and the failed invocation are not averaged.
        Assert.Equal(["2", "2", "1"], table.Rows.Select(r => r[1]));
        // 256 MB × 40 ms is the cheapest; 2048 MB at 10 ms the fastest; 1024 MB × 11 ms wins cost × duration.
        Assert.Equal(["cheapest", "balanced", "fastest"], table.Rows.Select(r => r[^1]));
        Assert.Contains("(arm64)", table.Title, StringComparison.Ordinal);
        Assert.Contains("3 cold start(s)", table.Note, StringComparison.Ordinal);
        Assert.Contains("1 invocation(s) failed", table.Note, StringComparison.Ordinal);
        Assert.Contains("(1024 MB) was restored", table.Note, StringComparison.Ordinal);
        Assert.Equal(Engine.Metrics.RunCompletion.Completed, measurements.Completion);
        // The sweep's invocations run at other sizes than deployed: they feed no threshold series.
        Assert.Equal([4.0], measurements.Samples.Single(s => s.Scope == "demo-api" && s.Series == "warm").Values);
        Assert.Equal(1, measurements.Operations);
    }

    [Theory]
    [InlineData("Successful", true)]
    [InlineData("Failed", false)]
    public void Collect_EnvironmentRestore_FailsTheSuiteUnlessSuccessful(string status, bool completed)
    {
        var responses = $$"""[ { "name": "auth", "cold": [], "warm": [{{Invoke(4, 95)}}], "sweep": {}, "environmentRestore": { "status": "{{status}}" } } ]""";

        var measurements = CreateSut().Collect(Input(responses), Run(), Now);

        Assert.Equal(completed, measurements.Completion == Engine.Metrics.RunCompletion.Completed);
        Assert.DoesNotContain(measurements.Tables, t => t.Title.StartsWith("Memory sweep", StringComparison.Ordinal));
        if (!completed)
        {
            Assert.Equal("the Lambda suite left auth with its cold-start marker PERF_COLD_START (restoring the environment ended Failed): set it back or redeploy", measurements.CompletionReason);
        }
    }

    [Fact]
    public void Collect_SweepNotRestored_SuiteFailsNamingTheFunctionAndItsSize()
    {
        var responses = $$"""[ { "name": "demo-api", "cold": [], "warm": [{{Invoke(4, 95)}}], "sweep": {{Sweep("Failed", """{ "Error": "Lambda.UpdateFailed", "Cause": "MemorySize" }""")}} } ]""";

        var measurements = CreateSut().Collect(Input(responses), Run(), Now);

        Assert.Equal(Engine.Metrics.RunCompletion.Failed, measurements.Completion);
        Assert.Equal("the Lambda suite left demo-api not restored to 1024 MB (last update status Failed): set it back or redeploy", measurements.CompletionReason);
        Assert.Contains("The sweep stopped early: Lambda.UpdateFailed: MemorySize.", measurements.Tables[^1].Note, StringComparison.Ordinal);
    }
}
