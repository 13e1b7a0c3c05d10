using System.Globalization;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Reporting;

/// <summary>How numbers are shown to people (console, Markdown, JUnit): one place, so they agree.</summary>
public static class ReportFormatting
{
    public static string Value(double value, MetricUnit unit) => unit switch
    {
        MetricUnit.Milliseconds => value >= 10_000
            ? (value / 1000).ToString("0.##", CultureInfo.InvariantCulture) + "s"
            : value.ToString(value < 10 ? "0.###" : "0.#", CultureInfo.InvariantCulture) + "ms",
        MetricUnit.Ratio => (value * 100).ToString("0.###", CultureInfo.InvariantCulture) + "%",
        MetricUnit.PerSecond => value.ToString("0.#", CultureInfo.InvariantCulture) + "/s",
        MetricUnit.Bytes => value.ToString("0", CultureInfo.InvariantCulture) + " B",
        _ => value.ToString("0.###", CultureInfo.InvariantCulture),
    };

    public static string Margin(double margin, MetricUnit unit) =>
        (margin >= 0 ? "+" : "-") + Value(Math.Abs(margin), unit);

    public static string UnitName(MetricUnit unit) => unit switch
    {
        MetricUnit.Milliseconds => "ms",
        MetricUnit.Ratio => "ratio",
        MetricUnit.PerSecond => "per_second",
        MetricUnit.Bytes => "bytes",
        _ => "count",
    };

    public static string Lower(Verdict verdict) => verdict.ToString().ToLowerInvariant();
}
