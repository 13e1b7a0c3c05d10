namespace PerfInfra.Engine.Suites.Athena;

/// <summary>
/// One query execution as Athena's GetQueryExecution describes it (what <c>athena:startQueryExecution.sync</c>
/// returns): its id, final state (SUCCEEDED, FAILED, CANCELLED), the reason Athena gave for a failure,
/// the error category and type when Athena set them, and its statistics.
/// </summary>
public sealed record AthenaQueryExecution(
    string QueryExecutionId,
    string State,
    string? StateChangeReason,
    AthenaQueryStatistics? Statistics)
{
    public const string Succeeded = "SUCCEEDED";
    public const string Failed = "FAILED";
    public const string Cancelled = "CANCELLED";

    /// <summary>AthenaError.ErrorCategory: 1 system, 2 user, 3 other.</summary>
    public int? ErrorCategory { get; init; }

    /// <summary>AthenaError.ErrorType, e.g. 1006 (SYNTAX_ERROR family); see Athena's error catalog.</summary>
    public int? ErrorType { get; init; }

    /// <summary>Athena reused an earlier result (result reuse): no data was scanned, the time is not a real run.</summary>
    public bool ReusedPreviousResult { get; init; }

    public bool IsSucceeded => State == Succeeded;
}
