namespace PerfInfra.Engine.Reporting.Baseline;

/// <summary>
/// How much worse than the baseline a metric may get before it is flagged. Percentages are relative to
/// the baseline value; <see cref="ErrorRateIncreasePoints"/> is absolute, in percentage points, because
/// a relative change of a near-zero error rate is noise (0.01 % → 0.02 % is "+100 %").
/// </summary>
public sealed record RegressionTolerances(
    double LatencyIncreasePercent = RegressionDefaults.LatencyIncreasePercent,
    double ErrorRateIncreasePoints = RegressionDefaults.ErrorRateIncreasePoints,
    double RpsDecreasePercent = RegressionDefaults.RpsDecreasePercent)
{
    public static RegressionTolerances Default { get; } = new();

    /// <summary>Every problem at once, for config validation; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!double.IsFinite(LatencyIncreasePercent) || LatencyIncreasePercent < 0)
        {
            errors.Add($"latency tolerance must be a percentage ≥ 0, got {LatencyIncreasePercent}");
        }

        if (!double.IsFinite(ErrorRateIncreasePoints) || ErrorRateIncreasePoints < 0)
        {
            errors.Add($"error-rate tolerance must be percentage points ≥ 0, got {ErrorRateIncreasePoints}");
        }

        if (!double.IsFinite(RpsDecreasePercent) || RpsDecreasePercent is < 0 or > 100)
        {
            errors.Add($"rps tolerance must be a percentage between 0 and 100, got {RpsDecreasePercent}");
        }

        return errors;
    }
}
