namespace PerfInfra.Engine.Suites.Measurements;

/// <summary>
/// A series this host cannot measure, and why (locally: DMS replication lag "needs AWS DMS").
/// A threshold on it is reported as not measured: never a pass, never silently dropped.
/// </summary>
public sealed record NotMeasuredSeries(string Series, string Reason);
