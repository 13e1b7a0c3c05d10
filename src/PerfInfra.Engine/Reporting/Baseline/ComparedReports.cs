namespace PerfInfra.Engine.Reporting.Baseline;

/// <summary>
/// The result of comparing two reports: <see cref="Report"/> carries the comparison and the gated
/// verdict; <see cref="Baseline"/> is kept so the HTML can draw the baseline's curves beside the run's.
/// </summary>
public sealed record ComparedReports(RunReport Report, RunReport Baseline);
