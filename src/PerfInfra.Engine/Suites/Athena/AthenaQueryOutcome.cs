namespace PerfInfra.Engine.Suites.Athena;

/// <summary>
/// One run of one query, from either host: its statistics when it succeeded, else the kind of failure
/// (<see cref="AthenaFailureKinds"/>) and Athena's or DuckDB's message. A failed run has no statistics
/// that count: it is never a fast sample.
/// </summary>
public sealed record AthenaQueryOutcome(
    string QueryClass,
    string QueryName,
    AthenaQueryStatistics? Statistics,
    string? FailureKind = null,
    string? FailureMessage = null)
{
    public bool Succeeded => FailureKind is null && Statistics is not null;

    /// <summary>Athena answered from an earlier result: nothing scanned, nothing billed.</summary>
    public bool ReusedPreviousResult { get; init; }

    /// <summary>The outcome of an execution Athena reported (the collect step's input).</summary>
    public static AthenaQueryOutcome FromExecution(string queryClass, string queryName, AthenaQueryExecution execution)
    {
        ArgumentNullException.ThrowIfNull(execution);
        return execution.IsSucceeded
            ? new AthenaQueryOutcome(queryClass, queryName, execution.Statistics) { ReusedPreviousResult = execution.ReusedPreviousResult }
            : new AthenaQueryOutcome(queryClass, queryName, null, AthenaFailureKinds.Of(execution), execution.StateChangeReason ?? execution.State);
    }
}
