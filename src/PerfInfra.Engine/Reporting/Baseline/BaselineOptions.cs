namespace PerfInfra.Engine.Reporting.Baseline;

/// <summary>
/// What to compare a run with: <see cref="Path"/> is a report.json, a report folder, or
/// <see cref="BaselineReportLoader.Latest"/> (the newest earlier report under the output root).
/// <see cref="Gate"/> turns regressions into a failed verdict.
/// </summary>
public sealed record BaselineOptions(string Path, bool Gate = false, RegressionTolerances? Tolerances = null)
{
    public RegressionTolerances EffectiveTolerances => Tolerances ?? RegressionTolerances.Default;
}
