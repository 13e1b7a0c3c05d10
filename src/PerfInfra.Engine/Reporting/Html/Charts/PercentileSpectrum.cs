using HdrHistogram;

namespace PerfInfra.Engine.Reporting.Html.Charts;

/// <summary>
/// The latency-by-percentile curve of an HdrHistogram, the way HdrHistogram plots it: x is the number
/// of "nines", log10(1 / (1 − q)) — 1 = 90 %, 2 = 99 %, 3 = 99.9 % — so the tail gets as much room as
/// the median. Computed in one pass over the recorded buckets (not one percentile query per point).
/// </summary>
internal static class PercentileSpectrum
{
    /// <summary>Points per decade of nines: 20 resolves the knee of a tail without bloating the file.</summary>
    public const int PointsPerNine = 20;

    private const double MicrosecondsPerMillisecond = 1000.0;

    /// <summary>Points (x in nines, y in ms); empty without samples. The last point is the maximum, at x = log10(count).</summary>
    public static IReadOnlyList<ChartPoint> Compute(HistogramBase histogram)
    {
        var total = histogram.TotalCount;
        if (total == 0)
        {
            return [];
        }

        // Beyond log10(count) nines the data has no resolution left: one sample is the whole tail.
        var maxNines = Math.Max(Math.Log10(total), 1.0);
        var steps = (int)Math.Floor(maxNines * PointsPerNine);
        var targets = new List<(double X, long Count)>(steps + 2);
        for (var i = 0; i <= steps; i++)
        {
            var x = (double)i / PointsPerNine;
            var quantile = 1 - Math.Pow(10, -x);
            targets.Add((x, Math.Clamp((long)Math.Ceiling(quantile * total), 1, total)));
        }

        // The maximum closes the curve; when the last step already sits at maxNines it takes its place.
        if (maxNines - targets[^1].X < 1.0 / PointsPerNine / 2)
        {
            targets.RemoveAt(targets.Count - 1);
        }

        targets.Add((maxNines, total));

        var points = new List<ChartPoint>(targets.Count);
        var next = 0;
        long cumulative = 0;
        foreach (var bucket in histogram.RecordedValues())
        {
            cumulative += bucket.CountAtValueIteratedTo;
            while (next < targets.Count && cumulative >= targets[next].Count)
            {
                var value = histogram.HighestEquivalentValue(bucket.ValueIteratedTo);
                points.Add(new ChartPoint(targets[next].X, Math.Round(value / MicrosecondsPerMillisecond, 3)));
                next++;
            }
        }

        return points;
    }

    /// <summary>Grid lines at whole nines, labelled as percentiles: 0 %, 90 %, 99 %, 99.9 % …</summary>
    public static IReadOnlyList<AxisTick> Ticks(double maxNines)
    {
        var ticks = new List<AxisTick>();
        for (var n = 0; n <= Math.Ceiling(maxNines); n++)
        {
            ticks.Add(new AxisTick(n, Label(n)));
        }

        if (ticks.Count < 2)
        {
            ticks.Add(new AxisTick(1, Label(1)));
        }

        return ticks;
    }

    public static string Label(double nines) => nines == 0
        ? "0%"
        : (100 * (1 - Math.Pow(10, -nines))).ToString("0.#########", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
