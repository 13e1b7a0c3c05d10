using HdrHistogram;

namespace PerfInfra.Engine.Reporting;

/// <summary>Latency percentiles in milliseconds, computed from a (merged) µs histogram. Null when no samples.</summary>
public sealed record LatencySummary(
    double Min,
    double Avg,
    double P50,
    double P90,
    double P95,
    double P99,
    double P999,
    double Max)
{
    private const double MicrosecondsPerMillisecond = 1000.0;

    public static LatencySummary? From(HistogramBase histogram)
    {
        if (histogram.TotalCount == 0)
        {
            return null;
        }

        return new LatencySummary(
            Min: ToMs(histogram.LowestEquivalentValue(MinRecorded(histogram))),
            Avg: Math.Round(histogram.GetMean() / MicrosecondsPerMillisecond, 3),
            P50: Percentile(histogram, 50),
            P90: Percentile(histogram, 90),
            P95: Percentile(histogram, 95),
            P99: Percentile(histogram, 99),
            P999: Percentile(histogram, 99.9),
            Max: ToMs(histogram.GetMaxValue()));
    }

    public static double Percentile(HistogramBase histogram, double percentile) =>
        ToMs(histogram.GetValueAtPercentile(percentile));

    private static long MinRecorded(HistogramBase histogram)
    {
        foreach (var v in histogram.RecordedValues())
        {
            return v.ValueIteratedTo;
        }

        return 0;
    }

    private static double ToMs(long microseconds) => Math.Round(microseconds / MicrosecondsPerMillisecond, 3);
}
