using System.Text.Json;
using PerfInfra.Lambdas.Contracts;
using PerfInfra.Lambdas.Handlers;
using PerfInfra.Lambdas.KillSwitch;
using PerfInfra.Lambdas.Planning;
using PerfInfra.Lambdas.Runtime;
using PerfInfra.Lambdas.Tests.Support;

namespace PerfInfra.Lambdas.Tests.Handlers;

/// <summary>
/// Bad payloads (issue #7): each gives one error document whose errorType says what kind of problem it
/// is and whose message names the field and what is accepted, carries no stack trace, and starts
/// nothing (no plan output, no worker connection, nothing written to the bucket).
/// </summary>
public sealed class BadPayloadTests
{
    private const string Target = "http://127.0.0.1:9/";

    public static TheoryData<string, string, string, string[]> PlanCases => new()
    {
        { "malformed JSON", """{"runId":"r","request":{"users": 10,""", nameof(InvalidPayloadException), ["input: not valid JSON (line 1", "expected a JSON object"] },
        { "not an object", "[1, 2]", nameof(InvalidPayloadException), ["input: expected a JSON object, got an array"] },
        { "input is a string", """{"runId":"r","request":"api"}""", nameof(InvalidPayloadException), ["input: expected a JSON object such as", "got a string (\"api\")"] },
        { "users of the wrong type", Input("""{"users":"lots"}"""), nameof(InvalidPayloadException), ["users: got a string (\"lots\"): expected a whole number"] },
        { "users not whole", Input("""{"users":1.5}"""), nameof(InvalidPayloadException), ["users: got the number 1.5: expected a whole number"] },
        { "suites not a list", Input("""{"suites":"api"}"""), nameof(InvalidPayloadException), ["suites: got a string (\"api\"): expected a list of suite names", "api, athena, pipeline, lambda"] },
        { "unknown field", Input("""{"user":200}"""), nameof(InvalidPayloadException), ["'user' is not an input field; did you mean 'users'?", "accepted: suites, profile, users, rate, duration, target, thresholds, comment"] },
        { "missing run id", """{"request":{}}""", nameof(InvalidPayloadException), ["runId: missing", "$$.Execution.Name"] },
        { "run id of the wrong type", """{"runId":5,"request":{}}""", nameof(InvalidPayloadException), ["runId: expected a string, got the number 5"] },
        { "unknown suite", Input("""{"suites":["api","browser"]}"""), nameof(PlanRejectedException), ["suites: 'browser' is not a suite (expected api, athena, pipeline, lambda)"] },
        { "users above the cap", Input("""{"users":50000}"""), nameof(PlanRejectedException), ["users: expected 1 to 5000 (safety.max_users)"] },
        { "users zero", Input("""{"users":0}"""), nameof(PlanRejectedException), ["users: expected 1 to 5000"] },
        { "host not allowed", Input("""{"target":"https://evil.example.com/"}""", target: false), nameof(PlanRejectedException), ["target: host 'evil.example.com' is not on the allow-list"] },
        { "target not http", Input("""{"target":"ftp://127.0.0.1/"}""", target: false), nameof(PlanRejectedException), ["target: expected an absolute http(s) URL"] },
        { "negative duration", Input("""{"duration":"-5s"}"""), nameof(PlanRejectedException), ["duration: '-5s'"] },
        { "zero rate", Input("""{"rate":0}"""), nameof(PlanRejectedException), ["rate: expected a rate above 0/s"] },
        { "unknown profile", Input("""{"profile":"nightly"}"""), nameof(PlanRejectedException), ["profile: no profile named 'nightly'", "expected one of"] },
        { "bad threshold", Input("""{"thresholds":{"api":["p95 < fast"]}}"""), nameof(PlanRejectedException), ["thresholds.api[0]: 'p95 < fast'"] },
        { "threshold for no suite", Input("""{"thresholds":{"browser":["p95 < 1s"]}}"""), nameof(PlanRejectedException), ["thresholds.browser: not a suite (expected api, athena, pipeline, lambda)"] },
        { "thresholds not a list", Input("""{"thresholds":{"api":"p95 < 1s"}}"""), nameof(InvalidPayloadException), ["thresholds.api: got a string (\"p95 < 1s\"): expected an object of suite → list of threshold expressions"] },
        { "oversized input", Input($$"""{"comment":"{{new string('x', 70_000)}}"}"""), nameof(InvalidPayloadException), ["bytes, above the 64 KB this step accepts"] },
    };

    public static TheoryData<string, string, string, string, string[]> OtherHandlerCases => new()
    {
        { "worker: malformed JSON", HandlerNames.LoadWorker, "{\"runId\":", nameof(InvalidPayloadException), ["shard: not valid JSON"] },
        { "worker: index out of range", HandlerNames.LoadWorker, """{"runId":"r","index":5,"count":2,"request":{}}""", nameof(InvalidPayloadException), ["shard: index: 5; expected 0 to 1 (count is 2)"] },
        { "worker: count above the cap", HandlerNames.LoadWorker, """{"runId":"r","index":0,"count":1000,"request":{}}""", nameof(InvalidPayloadException), ["shard: count: 1000; expected the plan's shard count, 1 to 100"] },
        { "worker: missing request", HandlerNames.LoadWorker, """{"runId":"r","index":0,"count":1}""", nameof(InvalidPayloadException), ["shard: request: missing"] },
        { "worker: index of the wrong type", HandlerNames.LoadWorker, """{"runId":"r","index":"first","count":1,"request":{}}""", nameof(InvalidPayloadException), ["shard: index: expected a whole number, got a string (\"first\")"] },
        { "aggregate: missing plan", HandlerNames.Aggregate, """{"suites":[]}""", nameof(InvalidPayloadException), ["aggregate payload: plan: missing"] },
        { "report: missing execution name", HandlerNames.Report, """{"error":{"Error":"X","Cause":"y"}}""", nameof(InvalidPayloadException), ["report payload: executionName: missing"] },
        { "report: execution name leaving the folder", HandlerNames.Report, """{"executionName":"../../latest"}""", nameof(InvalidPayloadException), ["executionName: '../../latest' would leave the report folder"] },
    };

    [Theory]
    [MemberData(nameof(PlanCases))]
    public async Task Plan_BadInput_OneClearErrorWithoutStackTraceAndNothingPlanned(string @case, string payload, string errorType, string[] expected)
    {
        var store = new InMemoryObjectStore();
        var sut = new PlanHandler(store, TestSettings.Create(), NoKillSwitch.Instance);

        var error = await CatchAsync(() => sut.HandleAsync(Invoke(payload), CancellationToken.None));

        AssertClear(@case, error, errorType, expected);
        Assert.Empty(store.Objects);
    }

    [Theory]
    [MemberData(nameof(OtherHandlerCases))]
    public async Task OtherHandlers_BadPayload_OneClearErrorWithoutStackTraceAndNothingWritten(string @case, string handler, string payload, string errorType, string[] expected)
    {
        var store = new InMemoryObjectStore();
        var sut = HandlerFactory.Create(handler, store, NoKillSwitch.Instance, TestSettings.Create(), TimeProvider.System, _ => null, TextWriter.Null);

        var error = await CatchAsync(() => sut.HandleAsync(Invoke(payload), CancellationToken.None));

        AssertClear(@case, error, errorType, expected);
        Assert.Empty(store.Objects);
    }

    [Fact]
    public void StepErrorDescribe_CauseIsALambdaErrorDocument_KeepsOnlyItsMessage()
    {
        var cause = JsonSerializer.Serialize(RuntimeError.From(new InvalidOperationException("boom")), RuntimeJsonContext.Default.RuntimeError);

        Assert.Equal("PlanRejectedException: boom", new StepError("PlanRejectedException", cause).Describe());
        Assert.Equal("States.Timeout: took too long", new StepError("States.Timeout", "took too long").Describe());
    }

    /// <summary>The execution input as the state machine hands it to plan: {runId, request: input}, with an allowed target unless the case sets one.</summary>
    private static string Input(string request, bool target = true)
    {
        using var json = JsonDocument.Parse(request);
        var fields = json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        if (target && !fields.ContainsKey("target"))
        {
            fields["target"] = JsonDocument.Parse($"\"{Target}\"").RootElement.Clone();
        }

        return JsonSerializer.Serialize(new Dictionary<string, object> { ["runId"] = "exec-bad", ["request"] = fields });
    }

    private static async Task<Exception> CatchAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception e)
        {
            return e;
        }

        throw new Xunit.Sdk.XunitException("the handler accepted the payload");
    }

    private static void AssertClear(string @case, Exception error, string errorType, string[] expected)
    {
        var document = RuntimeError.From(error);
        Assert.True(errorType == document.ErrorType, $"{@case}: {document.ErrorType}: {document.ErrorMessage}");
        foreach (var text in expected)
        {
            Assert.True(document.ErrorMessage.Contains(text, StringComparison.Ordinal), $"{@case}: '{document.ErrorMessage}' lacks '{text}'");
        }

        Assert.Empty(document.StackTrace);
        Assert.DoesNotContain(" at PerfInfra.", document.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", document.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', document.ErrorMessage);
    }

    private static Invocation Invoke(string payload) => new("req", payload, DateTimeOffset.UtcNow.AddMinutes(1), null, null);
}
