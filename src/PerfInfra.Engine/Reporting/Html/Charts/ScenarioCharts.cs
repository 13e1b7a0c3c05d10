using System.Globalization;

namespace PerfInfra.Engine.Reporting.Html.Charts;

/// <summary>The three charts every scenario gets: latency over time, throughput and errors over time, percentile spectrum.</summary>
internal static class ScenarioCharts
{
    /// <summary>About one point per two horizontal pixels of the chart; more only adds bytes.</summary>
    public const int MaxTimePoints = 320;

    private const int SecondsPerMinute = 60;

    /// <summary>Past two minutes, "m:ss" reads better than a count of seconds.</summary>
    private const int MinuteLabelsFromSeconds = 120;

    public static LineChart LatencyOverTime(string id, ScenarioReport scenario)
    {
        IReadOnlyList<ChartPoint> Pick(Func<TimeSeriesPoint, double?> value) => SeriesDownsampler.Downsample(
            scenario.TimeSeries.Select(p => new ChartPoint(p.Second, value(p))).ToList(), MaxTimePoints, SeriesDownsampler.Merge.Max);

        return new LineChart(
            id,
            $"{scenario.Name}: latency over time",
            "time since start",
            "latency (ms)",
            [
                new ChartSeries("p50", "s-p50", Pick(p => p.P50Ms)),
                new ChartSeries("p95", "s-p95", Pick(p => p.P95Ms)),
                new ChartSeries("p99", "s-p99", Pick(p => p.P99Ms)),
            ],
            TimeLabel(scenario),
            ReportFormatting.Number);
    }

    public static LineChart ThroughputOverTime(string id, ScenarioReport scenario)
    {
        IReadOnlyList<ChartPoint> Pick(Func<TimeSeriesPoint, double> value) => SeriesDownsampler.Downsample(
            scenario.TimeSeries.Select(p => new ChartPoint(p.Second, value(p))).ToList(), MaxTimePoints, SeriesDownsampler.Merge.Mean);

        // Each time-series point is one second, so its counts are already per second.
        return new LineChart(
            id,
            $"{scenario.Name}: throughput and errors over time",
            "time since start",
            "per second",
            [
                new ChartSeries("requests/s", "s-rps", Pick(p => p.Requests)),
                new ChartSeries("errors/s", "s-err", Pick(p => p.Errors)),
            ],
            TimeLabel(scenario),
            ReportFormatting.Number);
    }

    /// <summary>Percentile spectra on one log-of-nines axis: the scenario, its steps, and the baseline's scenario when compared.</summary>
    public static LineChart Spectrum(string id, string title, IReadOnlyList<SpectrumLine> lines)
    {
        var series = new List<ChartSeries>();
        var maxNines = 1.0;
        foreach (var line in lines)
        {
            var histogram = Metrics.EncodedHistogram.FromBase64(line.LatencyHistogram).Decode();
            var points = PercentileSpectrum.Compute(histogram);
            if (points.Count > 0)
            {
                maxNines = Math.Max(maxNines, points[^1].X);
            }

            series.Add(new ChartSeries(line.Name, line.CssClass, points, line.Dashed));
        }

        return new LineChart(
            id,
            title,
            "percentile (log scale of nines)",
            "latency (ms)",
            series,
            x => PercentileSpectrum.Label(x),
            ReportFormatting.Number,
            PercentileSpectrum.Ticks(maxNines));
    }

    /// <summary>The stylesheet class of the n-th step (0-based); colours repeat after <see cref="StepPalette"/>.</summary>
    public static string StepClass(int index) => $"s-step{(index % StepPalette) + 1}";

    /// <summary>How many distinct step colours the stylesheet defines (s-step1 … s-step6).</summary>
    public const int StepPalette = 6;

    private static Func<double, string> TimeLabel(ScenarioReport scenario)
    {
        var longRun = scenario.TimeSeries.Count > 0 && scenario.TimeSeries[^1].Second >= MinuteLabelsFromSeconds;
        return longRun
            ? s => string.Create(CultureInfo.InvariantCulture, $"{(long)s / SecondsPerMinute}:{(long)s % SecondsPerMinute:00}")
            : s => string.Create(CultureInfo.InvariantCulture, $"{s:0.#}s");
    }
}
