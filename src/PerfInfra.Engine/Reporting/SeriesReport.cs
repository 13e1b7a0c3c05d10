namespace PerfInfra.Engine.Reporting;

/// <summary>
/// One series of a non-API suite in one scope (<c>simple</c>, a function name; null: the whole suite),
/// in <see cref="Unit"/> (report.json unit names: ms, bytes, ratio, …), from exact raw samples.
/// </summary>
public sealed record SeriesReport(
    string? Scope,
    string Series,
    string Unit,
    long Count,
    double Min,
    double Avg,
    double P50,
    double P90,
    double P95,
    double P99,
    double Max);
