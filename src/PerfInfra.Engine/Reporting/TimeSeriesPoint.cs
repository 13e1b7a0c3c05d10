namespace PerfInfra.Engine.Reporting;

/// <summary>One second of a scenario: <see cref="Second"/> counts from the run start. Latency fields are null in a second with no successful request.</summary>
public sealed record TimeSeriesPoint(long Second, long Requests, long Errors, double? P50Ms, double? P95Ms, double? P99Ms);
