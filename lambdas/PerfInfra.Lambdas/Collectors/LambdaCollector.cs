using System.Globalization;
using System.Text.Json;
using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Reporting;
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
/// A function swept across memory sizes also has <c>"sweep": { original, results: [{ memoryMb,
/// invocations: [r, …] }], error, restore }</c>: its warm REPORT lines become a <see cref="MemorySweep"/>
/// table (the sweep's invocations run at sizes the function is not deployed with, so they feed no
/// threshold), and a size or an environment that could not be restored ends the suite failed, naming the function.
/// </summary>
internal sealed class LambdaCollector : ISuiteCollector
{
    /// <summary>The variable the branch sets to force cold starts (LambdaSuiteBranch.ColdStartVariable) and takes away afterwards.</summary>
    public const string LambdaColdStartVariable = "PERF_COLD_START";

    public const string Source = "AWS Lambda: Invoke with LogType Tail from the state machine; a cold start is forced by a configuration change (a new execution environment)";

    public string Suite => MetricCatalog.Lambda;

    public SuiteMeasurements Collect(CollectInput input, ResolvedRun run, DateTimeOffset now)
    {
        if (input.Responses.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"lambda: responses must be an array of per-function results, got {input.Responses.ValueKind}");
        }

        var results = new List<LambdaInvocationResult>();
        var sweeps = new List<ReportTable>();
        var unrestored = new List<string>();
        var index = 0;
        foreach (var function in input.Responses.EnumerateArray())
        {
            var name = Text(function, "name", $"responses[{index}]");
            results.AddRange(Invocations(function, "cold", name, coldRequested: true, index));
            results.AddRange(Invocations(function, "warm", name, coldRequested: false, index));
            // {} when the profile sets no sweep.
            if (function.TryGetProperty("sweep", out var sweep) && sweep.ValueKind == JsonValueKind.Object && sweep.TryGetProperty("results", out _))
            {
                sweeps.Add(SweepTable(sweep, name, $"responses[{index}].sweep", unrestored));
            }

            if (function.TryGetProperty("environmentRestore", out var restore)
                && (restore.TryGetProperty("status", out var status) ? status.GetString() : null) is var restored && restored != "Successful")
            {
                unrestored.Add($"{name} with its cold-start marker {LambdaColdStartVariable} (restoring the environment ended {restored ?? "without a status"})");
            }

            index++;
        }

        var measurements = LambdaMeasurementsBuilder.Build(results, input.StartedAt ?? now, now, Source);
        measurements = measurements with { Tables = [.. measurements.Tables, .. sweeps] };
        return unrestored.Count == 0
            ? measurements
            : measurements with { Completion = RunCompletion.Failed, CompletionReason = $"the Lambda suite left {string.Join("; ", unrestored)}: set it back or redeploy" };
    }

    private static ReportTable SweepTable(JsonElement sweep, string name, string where, List<string> unrestored)
    {
        var original = sweep.TryGetProperty("original", out var o) && o.TryGetProperty("memoryMb", out var m) && m.TryGetInt32(out var mb) ? mb : (int?)null;
        var arm64 = o.ValueKind == JsonValueKind.Object && o.TryGetProperty("architectures", out var a) && a.ValueKind == JsonValueKind.Array
            && a.EnumerateArray().Any(x => x.GetString() == "arm64");
        var pricing = arm64 ? LambdaPricing.Arm64 : LambdaPricing.X86;
        var warm = new List<LambdaReportLine>();
        var failed = 0;
        var cold = 0;
        if (sweep.TryGetProperty("results", out var sizes) && sizes.ValueKind == JsonValueKind.Array)
        {
            var s = 0;
            foreach (var size in sizes.EnumerateArray())
            {
                var i = 0;
                foreach (var response in size.TryGetProperty("invocations", out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : Enumerable.Empty<JsonElement>())
                {
                    var result = Invocation(response, name, coldRequested: false, $"{where}.results[{s}].invocations[{i++}]");
                    if (result.Failed)
                    {
                        failed++;
                    }
                    else if (result.Report!.IsColdStart)
                    {
                        // The first invocation after a memory change starts a new environment: its Duration is not a warm one.
                        cold++;
                    }
                    else
                    {
                        warm.Add(result.Report);
                    }
                }

                s++;
            }
        }

        var notes = new List<string> { $"{cold} cold start(s) after the size changes are not averaged." };
        if (failed > 0)
        {
            notes.Add($"{failed} invocation(s) failed and are not timings.");
        }

        if (sweep.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object && error.TryGetProperty("Error", out var kind))
        {
            notes.Add($"The sweep stopped early: {kind.GetString()}{(error.TryGetProperty("Cause", out var cause) ? ": " + cause.GetString() : string.Empty)}.");
        }

        var restored = sweep.TryGetProperty("restore", out var r) && r.TryGetProperty("status", out var st) ? st.GetString() : null;
        if (restored != "Successful")
        {
            unrestored.Add($"{name} not restored to {original?.ToString(CultureInfo.InvariantCulture) ?? "its"} MB (last update status {restored ?? "unknown"})");
            notes.Add($"Restoring the function's own size ({original} MB) did not succeed: {restored ?? "no status"}.");
        }
        else
        {
            notes.Add($"The function's own size ({original} MB) was restored afterwards.");
        }

        if (warm.Count == 0)
        {
            return new ReportTable($"Memory sweep: {name}", ["Memory", "Invocations"], [], string.Join(" ", ["No warm invocation succeeded: nothing to compare.", .. notes]));
        }

        var table = MemorySweep.Evaluate(name, warm, pricing).ToTable();
        return table with { Note = string.Join(" ", [table.Note, .. notes]) };
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
