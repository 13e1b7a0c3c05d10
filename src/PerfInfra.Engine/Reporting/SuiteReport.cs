namespace PerfInfra.Engine.Reporting;

/// <summary>
/// One suite of the run. <see cref="Status"/> is <c>ran</c>, <c>not_requested</c>, or
/// <c>not_available</c> (with <see cref="Note"/> saying why); only suites that ran carry numbers.
/// <see cref="Totals"/> and <see cref="Scenarios"/> are the API suite's; the other suites report
/// <see cref="Series"/>, <see cref="Values"/>, <see cref="Operations"/> and <see cref="Tables"/>.
/// </summary>
public sealed record SuiteReport(
    string Name,
    string Status,
    string? Note,
    MeasurementReport? Totals,
    IReadOnlyList<ScenarioReport> Scenarios)
{
    /// <summary>Non-API suites: the statistics of every measured series per scope. Added in version 1.</summary>
    public IReadOnlyList<SeriesReport> Series { get; init; } = [];

    /// <summary>Non-API suites: single values per scope (records_per_second, cost). Added in version 1.</summary>
    public IReadOnlyList<SeriesValueReport> Values { get; init; } = [];

    /// <summary>Non-API suites: operations run and failed (queries, invocations, batches). Added in version 1.</summary>
    public OperationsReport? Operations { get; init; }

    /// <summary>Series this host could not measure, with the reason. Added in version 1.</summary>
    public IReadOnlyList<NotMeasuredReport> NotMeasured { get; init; } = [];

    /// <summary>Tables explaining the numbers (per query, partition pruning, REPORT lines, …). Added in version 1.</summary>
    public IReadOnlyList<ReportTable> Tables { get; init; } = [];

    /// <summary>Where the numbers came from (DuckDB on this machine, Amazon Athena, …). Added in version 1.</summary>
    public string? Source { get; init; }
}
