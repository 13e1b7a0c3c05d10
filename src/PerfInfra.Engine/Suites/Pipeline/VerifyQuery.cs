namespace PerfInfra.Engine.Suites.Pipeline;

/// <summary>
/// The verification query of a pipeline run (a count over the converted records): its final state,
/// when it was submitted and completed, the engine's total execution time, and the first result row.
/// </summary>
public sealed record VerifyQuery(
    string State,
    string? StateChangeReason,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? CompletedAt,
    double? TotalExecutionMilliseconds,
    IReadOnlyList<string?> FirstRow)
{
    public const string Succeeded = "SUCCEEDED";

    public bool HasSucceeded => State == Succeeded;

    /// <summary>The first column of the first row as a count (SELECT count(*) …); null when it is not a whole number.</summary>
    public long? Count => FirstRow.Count > 0 && long.TryParse(FirstRow[0], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var count) ? count : null;
}
