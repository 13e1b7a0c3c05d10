using System.Globalization;
using System.Text.Json;

namespace PerfInfra.Engine.Suites.Athena;

/// <summary>
/// Parses Athena's GetQueryExecution response, the output of the Step Functions
/// <c>athena:startQueryExecution.sync</c> integration: <c>{"QueryExecution": {"QueryExecutionId", "Status":
/// {"State", "StateChangeReason", "AthenaError": {...}}, "Statistics": {"TotalExecutionTimeInMillis", …,
/// "DataScannedInBytes"}}}</c>. The bare QueryExecution object is accepted too. JsonDocument only (no
/// reflection), so it runs in the Native AOT collect Lambda.
/// </summary>
public static class AthenaExecutionParser
{
    /// <summary>Parses one response.</summary>
    /// <exception cref="InvalidDataException">A required field is missing or has the wrong type; the message names it.</exception>
    public static AthenaQueryExecution Parse(JsonElement response)
    {
        if (response.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"GetQueryExecution response: expected a JSON object, got {response.ValueKind}");
        }

        var execution = response.TryGetProperty("QueryExecution", out var inner) ? inner : response;
        const string Root = "QueryExecution";
        if (execution.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{Root}: expected a JSON object, got {execution.ValueKind}");
        }

        var id = OptionalString(execution, "QueryExecutionId", Root) ?? string.Empty;
        var status = Required(execution, "Status", Root, JsonValueKind.Object);
        var state = OptionalString(status, "State", Root + ".Status")
            ?? throw new InvalidDataException($"{Root}.Status.State is missing (query {Describe(id)}); expected SUCCEEDED, FAILED or CANCELLED");
        var reason = OptionalString(status, "StateChangeReason", Root + ".Status");
        int? category = null, type = null;
        if (status.TryGetProperty("AthenaError", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            category = OptionalInt(error, "ErrorCategory", Root + ".Status.AthenaError");
            type = OptionalInt(error, "ErrorType", Root + ".Status.AthenaError");
            reason ??= OptionalString(error, "ErrorMessage", Root + ".Status.AthenaError");
        }

        AthenaQueryStatistics? statistics = null;
        var reused = false;
        if (execution.TryGetProperty("Statistics", out var stats) && stats.ValueKind == JsonValueKind.Object)
        {
            const string StatsPath = Root + ".Statistics";
            var total = OptionalNumber(stats, "TotalExecutionTimeInMillis", StatsPath);
            var engine = OptionalNumber(stats, "EngineExecutionTimeInMillis", StatsPath);
            if (total is null && engine is null && state == AthenaQueryExecution.Succeeded)
            {
                throw new InvalidDataException($"{StatsPath}.TotalExecutionTimeInMillis is missing for the succeeded query {Describe(id)}");
            }

            statistics = new AthenaQueryStatistics(
                total ?? engine ?? 0,
                OptionalNumber(stats, "QueryQueueTimeInMillis", StatsPath),
                OptionalNumber(stats, "QueryPlanningTimeInMillis", StatsPath),
                engine,
                OptionalNumber(stats, "ServiceProcessingTimeInMillis", StatsPath),
                (long)(OptionalNumber(stats, "DataScannedInBytes", StatsPath) ?? 0));
            reused = stats.TryGetProperty("ResultReuseInformation", out var reuse)
                && reuse.ValueKind == JsonValueKind.Object
                && reuse.TryGetProperty("ReusedPreviousResult", out var flag)
                && flag.ValueKind == JsonValueKind.True;
        }
        else if (state == AthenaQueryExecution.Succeeded)
        {
            throw new InvalidDataException($"{Root}.Statistics is missing for the succeeded query {Describe(id)}");
        }

        return new AthenaQueryExecution(id, state, reason, statistics)
        {
            ErrorCategory = category,
            ErrorType = type,
            ReusedPreviousResult = reused,
        };
    }

    /// <summary>Parses the Cause of a failed <c>.sync</c> task: Step Functions puts the final GetQueryExecution response there as JSON text.</summary>
    /// <returns>The execution, or null when the cause is not such a document (a throttling or permission error, say).</returns>
    public static AthenaQueryExecution? TryParseCause(string? cause)
    {
        if (string.IsNullOrWhiteSpace(cause) || cause.TrimStart()[0] != '{')
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(cause);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object && (root.TryGetProperty("QueryExecution", out _) || root.TryGetProperty("Status", out _))
                ? Parse(root)
                : null;
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            return null;
        }
    }

    private static string Describe(string id) => id.Length == 0 ? "(no id)" : id;

    private static JsonElement Required(JsonElement parent, string name, string path, JsonValueKind kind)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            throw new InvalidDataException($"{path}.{name} is missing");
        }

        if (value.ValueKind != kind)
        {
            throw new InvalidDataException($"{path}.{name}: expected {kind}, got {value.ValueKind}");
        }

        return value;
    }

    private static string? OptionalString(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new InvalidDataException($"{path}.{name}: expected a string, got {value.ValueKind}");
    }

    private static double? OptionalNumber(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        // The SDK integrations send numbers; a hand-written or re-serialized response may quote them.
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number) && number >= 0)
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String
            && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed) && parsed >= 0)
        {
            return parsed;
        }

        throw new InvalidDataException($"{path}.{name}: expected a non-negative number, got {value.GetRawText()}");
    }

    private static int? OptionalInt(JsonElement parent, string name, string path) =>
        OptionalNumber(parent, name, path) is { } value ? (int)value : null;
}
