namespace PerfInfra.Engine.Suites.Measurements;

/// <summary>The statistics of one series' samples, in the series' unit.</summary>
public readonly record struct SeriesSummary(long Count, double Min, double Avg, double P50, double P90, double P95, double P99, double Max);
