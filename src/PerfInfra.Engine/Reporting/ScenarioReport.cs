namespace PerfInfra.Engine.Reporting;

/// <summary>A scenario with its steps and its per-second time series.</summary>
public sealed record ScenarioReport(
    string Name,
    long Iterations,
    MeasurementReport Measurements,
    IReadOnlyList<StepReport> Steps,
    IReadOnlyList<TimeSeriesPoint> TimeSeries);
