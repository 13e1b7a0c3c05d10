namespace PerfInfra.Engine.Suites.Measurements;

/// <summary>
/// A single-valued series (<c>records_per_second</c>, the total <c>cost</c>) within one scope of a suite
/// (null scope: the suite as a whole), in the series' canonical unit.
/// </summary>
public sealed record SeriesValue(string? Scope, string Series, double Value);
