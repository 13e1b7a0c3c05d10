namespace PerfInfra.Engine.Reporting.Baseline;

/// <summary>
/// A run compared with an earlier report.json: every metric's delta and which ones regressed beyond
/// <see cref="Tolerances"/>. With <see cref="GateEnabled"/> a regression fails the verdict.
/// Scopes are named like threshold scopes: <c>api</c>, <c>api/browse</c>, <c>api/browse/list products</c>.
/// </summary>
public sealed record BaselineComparison(
    string BaselineSource,
    DateTimeOffset BaselineStartedAt,
    string BaselineVerdict,
    string BaselineConfigSha256,
    RegressionTolerances Tolerances,
    bool GateEnabled,
    int RegressionCount,
    IReadOnlyList<MetricDelta> Deltas)
{
    /// <summary>True when the regression gate is on and something regressed: the run's verdict is then <c>fail</c>.</summary>
    public bool GateFailed => GateEnabled && RegressionCount > 0;
}
