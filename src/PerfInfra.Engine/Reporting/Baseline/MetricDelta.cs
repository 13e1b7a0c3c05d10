namespace PerfInfra.Engine.Reporting.Baseline;

/// <summary>
/// One metric of one scope compared with the baseline. Values are in <see cref="Unit"/> (ms, ratio,
/// per_second); <see cref="Change"/> is current − baseline; <see cref="ChangePercent"/> is relative to
/// the baseline (null when the baseline is zero or either side is missing). <see cref="Tolerance"/> is
/// set only for gated metrics (avg, p95, p99, error_rate, rps), e.g. "+10%", "+0.5 pp", "-10%".
/// </summary>
public sealed record MetricDelta(
    string Suite,
    string Scope,
    string Metric,
    string Unit,
    double? Baseline,
    double? Current,
    double? Change,
    double? ChangePercent,
    string? Tolerance,
    bool Regressed);
