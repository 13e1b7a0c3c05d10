namespace PerfInfra.Engine.Suites.Measurements;

/// <summary>
/// Exact statistics over raw samples. Percentiles use the nearest-rank definition (the smallest sample
/// with at least p % of the samples at or below it), the same a histogram's value-at-percentile gives,
/// so a p95 of the Athena suite means what a p95 of the API suite means.
/// </summary>
public static class SampleStatistics
{
    private const double HundredPercent = 100.0;

    /// <summary>The nearest-rank percentile of <paramref name="sorted"/> (ascending); null when empty.</summary>
    public static double? Percentile(IReadOnlyList<double> sorted, double percentile)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (percentile is < 0 or > HundredPercent || double.IsNaN(percentile))
        {
            throw new ArgumentOutOfRangeException(nameof(percentile), percentile, "a percentile is between 0 and 100");
        }

        if (sorted.Count == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(percentile / HundredPercent * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    /// <summary>Count, min, average, p50, p90, p95, p99 and max; null when there are no samples.</summary>
    public static SeriesSummary? Summarize(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        return new SeriesSummary(
            sorted.Length,
            sorted[0],
            sorted.Average(),
            Percentile(sorted, 50)!.Value,
            Percentile(sorted, 90)!.Value,
            Percentile(sorted, 95)!.Value,
            Percentile(sorted, 99)!.Value,
            sorted[^1]);
    }
}
