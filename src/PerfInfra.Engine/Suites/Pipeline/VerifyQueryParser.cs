using System.Text.Json;

namespace PerfInfra.Engine.Suites.Pipeline;

/// <summary>
/// Parses the verification query's two Athena responses as the state machine receives them: the
/// <c>athena:startQueryExecution.sync</c> output (<c>QueryExecution.Status</c> and <c>.Statistics</c>) and
/// the <c>athena:getQueryResults</c> output (<c>ResultSet.Rows[].Data[].VarCharValue</c>, row 0 being the
/// column names).
/// </summary>
public static class VerifyQueryParser
{
    public static VerifyQuery Parse(JsonElement execution, JsonElement? results)
    {
        const string Path = "StartQueryExecution";
        var query = JsonFields.Required(execution, "QueryExecution", Path);
        var status = JsonFields.Required(query, "Status", Path + ".QueryExecution");
        var statusPath = Path + ".QueryExecution.Status";
        var statistics = JsonFields.Optional(query, "Statistics");
        return new VerifyQuery(
            JsonFields.RequiredString(status, "State", statusPath),
            JsonFields.OptionalString(status, "StateChangeReason", statusPath),
            JsonFields.Optional(status, "SubmissionDateTime") is { } submitted ? JsonFields.Timestamp(submitted, statusPath + ".SubmissionDateTime") : null,
            JsonFields.Optional(status, "CompletionDateTime") is { } completed ? JsonFields.Timestamp(completed, statusPath + ".CompletionDateTime") : null,
            statistics is { } s && JsonFields.Optional(s, "TotalExecutionTimeInMillis") is { } total ? JsonFields.Number(total, Path + ".QueryExecution.Statistics.TotalExecutionTimeInMillis") : null,
            results is { } r ? FirstRow(r) : []);
    }

    private static IReadOnlyList<string?> FirstRow(JsonElement results)
    {
        const string Path = "GetQueryResults";
        var resultSet = JsonFields.Required(results, "ResultSet", Path);
        var rows = JsonFields.RequiredArray(resultSet, "Rows", Path + ".ResultSet");
        // Row 0 holds the column names; a count query has one data row after it.
        if (rows.GetArrayLength() < 2)
        {
            return [];
        }

        var row = rows[1];
        var data = JsonFields.RequiredArray(row, "Data", Path + ".ResultSet.Rows[1]");
        return data.EnumerateArray().Select(d => JsonFields.Optional(d, "VarCharValue") is { ValueKind: JsonValueKind.String } v ? v.GetString() : null).ToList();
    }
}
