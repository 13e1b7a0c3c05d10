namespace PerfInfra.Engine.Suites.Athena;

/// <summary>The failure kinds of the Athena suite, the keys of <c>FailuresByKind</c> in the report.</summary>
public static class AthenaFailureKinds
{
    /// <summary>The query itself is wrong (Athena error category 2 "user", or a DuckDB SQL error locally).</summary>
    public const string QueryError = "query_error";

    /// <summary>Athena failed for its own reasons (category 1 "system").</summary>
    public const string SystemError = "system_error";

    /// <summary>FAILED without a category, or category 3 "other".</summary>
    public const string Failed = "failed";

    public const string Cancelled = "cancelled";

    /// <summary>The query was not started or not tracked: throttling, permissions, a Step Functions error.</summary>
    public const string NotStarted = "not_started";

    private const int SystemCategory = 1;
    private const int UserCategory = 2;

    public static string Of(AthenaQueryExecution execution)
    {
        ArgumentNullException.ThrowIfNull(execution);
        if (execution.State == AthenaQueryExecution.Cancelled)
        {
            return Cancelled;
        }

        return execution.ErrorCategory switch
        {
            SystemCategory => SystemError,
            UserCategory => QueryError,
            _ => Failed,
        };
    }
}
