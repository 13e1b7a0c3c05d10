namespace PerfInfra.Engine.Reporting;

/// <summary>A single-valued series of a non-API suite (records_per_second, cost) in one scope, in <see cref="Unit"/>.</summary>
public sealed record SeriesValueReport(string? Scope, string Series, string Unit, double Value);
