namespace PerfInfra.Engine.Suites.Measurements;

/// <summary>
/// Every sample of one distribution series (<c>duration</c>, <c>cold_start</c>, <c>batch_duration</c>, …)
/// within one scope of a suite: an Athena query class, a Lambda function, a pipeline stage; null scope
/// means the suite as a whole. Values are in the series' canonical unit from the metric catalog
/// (milliseconds, bytes, ratio). These suites measure hundreds of samples, not millions, so the raw
/// values are kept and percentiles are exact.
/// </summary>
public sealed record SeriesSamples(string? Scope, string Series, IReadOnlyList<double> Values);
