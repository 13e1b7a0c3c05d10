namespace PerfInfra.DemoPlatform.Latency;

/// <summary>
/// A log-normal service time given by its median and 99th percentile (the two figures people quote),
/// plus rare slow outliers (a GC pause, a cold connection) added on top.
/// A p99 equal to the median gives a constant latency, which tests use to reason about wall time.
/// </summary>
/// <param name="MedianMilliseconds">Median service time; 0 means no simulated backend work.</param>
/// <param name="P99Milliseconds">99th percentile of the log-normal body; must be ≥ the median.</param>
/// <param name="OutlierProbability">Fraction of requests, 0–1, that also pay <paramref name="OutlierMilliseconds"/>.</param>
/// <param name="OutlierMilliseconds">Extra time added to an outlier request.</param>
public readonly record struct LatencyDistribution(
    double MedianMilliseconds,
    double P99Milliseconds,
    double OutlierProbability = 0,
    double OutlierMilliseconds = 0)
{
    public static LatencyDistribution Zero => new(0, 0);

    public static LatencyDistribution Constant(double milliseconds) => new(milliseconds, milliseconds);

    /// <summary>Every problem with this distribution, each naming <paramref name="name"/>, the bad value and what is accepted.</summary>
    public IReadOnlyList<string> Validate(string name)
    {
        var errors = new List<string>();
        if (!double.IsFinite(MedianMilliseconds) || MedianMilliseconds < 0)
        {
            errors.Add($"{name}.MedianMilliseconds is {MedianMilliseconds}; expected a finite value ≥ 0.");
        }

        if (!double.IsFinite(P99Milliseconds) || P99Milliseconds < MedianMilliseconds)
        {
            errors.Add($"{name}.P99Milliseconds is {P99Milliseconds}; expected a finite value ≥ the median ({MedianMilliseconds}).");
        }

        if (MedianMilliseconds == 0 && P99Milliseconds > 0)
        {
            errors.Add($"{name}.P99Milliseconds is {P99Milliseconds} with a median of 0; a log-normal needs a median > 0 (or both 0).");
        }

        if (!double.IsFinite(OutlierProbability) || OutlierProbability is < 0 or > 1)
        {
            errors.Add($"{name}.OutlierProbability is {OutlierProbability}; expected a fraction between 0 and 1.");
        }

        if (!double.IsFinite(OutlierMilliseconds) || OutlierMilliseconds < 0)
        {
            errors.Add($"{name}.OutlierMilliseconds is {OutlierMilliseconds}; expected a finite value ≥ 0.");
        }

        return errors;
    }
}
