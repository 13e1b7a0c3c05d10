namespace PerfInfra.Engine.Reporting;

/// <summary>
/// One judged threshold. <see cref="Measured"/> and <see cref="Limit"/> are in <see cref="Unit"/>
/// (ms, ratio, per_second, count, bytes); <see cref="Margin"/> is the headroom in that unit, negative
/// when failing. A threshold with no samples has <see cref="Measured"/> null and fails.
/// Status for display: <see cref="NotMeasured"/> ? "not measured" : <see cref="Passed"/> ? "pass" : "fail".
/// </summary>
public sealed record ThresholdReport(
    string Suite,
    string Scope,
    string Expression,
    string Metric,
    string Unit,
    double Limit,
    double? Measured,
    double? Margin,
    bool Passed,
    bool AbortOnFail,
    string? Reason)
{
    /// <summary>True when this host cannot measure the metric (e.g. DMS lag locally): not passed, not judged. Added in version 1.</summary>
    public bool NotMeasured { get; init; }
}
