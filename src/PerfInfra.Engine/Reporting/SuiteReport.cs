namespace PerfInfra.Engine.Reporting;

/// <summary>
/// One suite of the run. <see cref="Status"/> is <c>ran</c>, <c>not_requested</c>, or
/// <c>not_available</c> (with <see cref="Note"/> saying why); only suites that ran carry numbers.
/// <see cref="Totals"/> covers every scenario of the suite.
/// </summary>
public sealed record SuiteReport(
    string Name,
    string Status,
    string? Note,
    MeasurementReport? Totals,
    IReadOnlyList<ScenarioReport> Scenarios);
