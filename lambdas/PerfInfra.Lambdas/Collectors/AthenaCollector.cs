using System.Globalization;
using System.Text.Json;
using PerfInfra.Engine.Config;
using PerfInfra.Engine.Suites.Athena;
using PerfInfra.Engine.Suites.Measurements;
using PerfInfra.Lambdas.Contracts;

namespace PerfInfra.Lambdas.Collectors;

/// <summary>
/// The Athena branch's Map output → measurements. Each item is <c>{queryClass, query, execution}</c>
/// (the GetQueryExecution response the <c>.sync</c> task returned, trimmed by its ResultSelector) or
/// <c>{queryClass, query, error: {Error, Cause}}</c> when the task failed; for a FAILED or CANCELLED query
/// Step Functions puts the final GetQueryExecution response in Cause, so the failure keeps Athena's kind
/// and reason. Parsing and statistics are the engine's.
/// </summary>
internal sealed class AthenaCollector : ISuiteCollector
{
    public string Suite => AthenaSeries.Suite;

    public SuiteMeasurements Collect(CollectInput input, ResolvedRun run, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(run);
        if (input.Responses.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"collect athena: responses must be the Map's output array, got {input.Responses.ValueKind}");
        }

        var outcomes = input.Responses.EnumerateArray().Select((item, i) => Outcome(item, i)).ToArray();
        var pricing = new AthenaPricing(run.Athena?.PricePerTerabyteUsd ?? AthenaDefaults.PricePerTerabyteUsd);
        var measurements = new AthenaMeasurementsBuilder(pricing).Build(outcomes, input.StartedAt ?? now, now);
        var plan = input.Plan.Athena;
        return measurements with
        {
            Source = string.Create(CultureInfo.InvariantCulture,
                $"Amazon Athena through Step Functions (athena:startQueryExecution.sync): {outcomes.Length} executions, every query {plan?.Rounds ?? 1}× at concurrency {plan?.Concurrency ?? 0}; duration = TotalExecutionTimeInMillis"),
        };
    }

    private static AthenaQueryOutcome Outcome(JsonElement item, int index)
    {
        var path = string.Create(CultureInfo.InvariantCulture, $"responses[{index}]");
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{path}: expected an object, got {item.ValueKind}");
        }

        var queryClass = Text(item, "queryClass") ?? throw new InvalidDataException($"{path}.queryClass is missing");
        var query = Text(item, "query") ?? throw new InvalidDataException($"{path}.query is missing");
        if (item.TryGetProperty("execution", out var execution))
        {
            try
            {
                return AthenaQueryOutcome.FromExecution(queryClass, query, AthenaExecutionParser.Parse(execution));
            }
            catch (InvalidDataException e)
            {
                throw new InvalidDataException($"{path}.execution: {e.Message}", e);
            }
        }

        if (item.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            var name = Text(error, "Error") ?? "States.TaskFailed";
            var cause = Text(error, "Cause");
            return AthenaExecutionParser.TryParseCause(cause) is { } failed
                ? AthenaQueryOutcome.FromExecution(queryClass, query, failed)
                : new AthenaQueryOutcome(queryClass, query, null, AthenaFailureKinds.NotStarted, $"{name}: {cause}");
        }

        throw new InvalidDataException($"{path}: has neither 'execution' nor 'error' (expected the Athena branch's item output)");
    }

    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
