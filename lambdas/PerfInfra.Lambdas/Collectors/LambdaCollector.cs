using System.Text.Json;
using PerfInfra.Engine.Config;
using PerfInfra.Engine.Suites.Lambda;
using PerfInfra.Engine.Suites.Measurements;
using PerfInfra.Engine.Thresholds;
using PerfInfra.Lambdas.Contracts;

namespace PerfInfra.Lambdas.Collectors;

/// <summary>
/// The Lambda branch's responses → the Lambda suite's measurements. The branch returns one entry per
/// target function: <c>{ "name": "demo-api", "functionName": "…", "cold": [r, …], "warm": [r, …] }</c>,
/// where each r is the Invoke result (<c>LogResult</c>, <c>StatusCode</c>, <c>FunctionError</c> when
/// the function failed) or <c>{ "error": { "Error", "Cause" } }</c> when Step Functions could not invoke
/// it. The REPORT line in each LogResult is what the engine measures; a failure is counted, never sampled.
/// </summary>
internal sealed class LambdaCollector : ISuiteCollector
{
    public const string Source = "AWS Lambda: Invoke with LogType Tail from the state machine; a cold start is forced by a configuration change (a new execution environment)";

    public string Suite => MetricCatalog.Lambda;

    public SuiteMeasurements Collect(CollectInput input, ResolvedRun run, DateTimeOffset now)
    {
        if (input.Responses.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"lambda: responses must be an array of per-function results, got {input.Responses.ValueKind}");
        }

        var results = new List<LambdaInvocationResult>();
        var index = 0;
        foreach (var function in input.Responses.EnumerateArray())
        {
            var name = Text(function, "name", $"responses[{index}]");
            results.AddRange(Invocations(function, "cold", name, coldRequested: true, index));
            results.AddRange(Invocations(function, "warm", name, coldRequested: false, index));
            index++;
        }

        return LambdaMeasurementsBuilder.Build(results, input.StartedAt ?? now, now, Source);
    }

    private static IEnumerable<LambdaInvocationResult> Invocations(JsonElement function, string kind, string name, bool coldRequested, int index)
    {
        if (!function.TryGetProperty(kind, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"lambda: responses[{index}] ({name}) has no '{kind}' array of Invoke results");
        }

        var i = 0;
        foreach (var response in list.EnumerateArray())
        {
            yield return Invocation(response, name, coldRequested, $"responses[{index}].{kind}[{i++}]");
        }
    }

    private static LambdaInvocationResult Invocation(JsonElement response, string name, bool coldRequested, string where)
    {
        if (response.TryGetProperty("error", out var error))
        {
            var type = error.TryGetProperty("Error", out var e) ? e.GetString() : null;
            var cause = error.TryGetProperty("Cause", out var c) ? c.GetString() : null;
            return new LambdaInvocationResult(name, coldRequested, null, type ?? "States.TaskFailed") { ErrorDetail = cause };
        }

        var logResult = Text(response, "LogResult", where);
        LambdaReportLine report;
        try
        {
            report = LambdaReportParser.ParseLogResult(logResult);
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"lambda: {where}.LogResult: {e.Message}", e);
        }

        return response.TryGetProperty("FunctionError", out var functionError) && functionError.GetString() is { Length: > 0 } kind
            ? new LambdaInvocationResult(name, coldRequested, report, $"FunctionError.{kind}")
            : new LambdaInvocationResult(name, coldRequested, report);
    }

    private static string Text(JsonElement element, string property, string where) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InvalidDataException($"lambda: {where} has no string '{property}' (the Invoke result of LogType Tail carries it)");
}
