using System.Globalization;

namespace PerfInfra.Engine.Reporting.Baseline;

/// <summary>How a delta is shown in HTML, Markdown and the console, so all three agree.</summary>
public static class ComparisonFormatting
{
    private const double PercentPerRatio = 100;

    /// <summary>
    /// "+23.1%" for latency and rps; "+0.72 pp" for error rate (points, like its tolerance); the
    /// absolute change when there is no relative one (baseline zero); "new" when the baseline lacks the scope.
    /// </summary>
    public static string Change(MetricDelta delta)
    {
        if (delta.Baseline is null)
        {
            return "new";
        }

        if (delta.Current is null || delta.Change is not { } change)
        {
            return "—";
        }

        if (delta.Unit == "ratio")
        {
            return Signed(change * PercentPerRatio) + " pp";
        }

        return delta.ChangePercent is { } p ? Signed(p) + "%" : Signed(change) + (delta.Unit == "ms" ? " ms" : string.Empty);
    }

    /// <summary>A delta's value in its unit, or "—".</summary>
    public static string Value(double? value, string unit) => value is { } v ? ReportFormatting.Display(v, unit) : "—";

    /// <summary>
    /// Whether a change is better, worse or neither for a person: lower latency and error rate are
    /// better, higher rps is better. Used only for colour; <see cref="MetricDelta.Regressed"/> is the verdict.
    /// </summary>
    public static int Direction(MetricDelta delta)
    {
        if (delta.Change is not { } change || change == 0)
        {
            return 0;
        }

        var worse = delta.Metric == "rps" ? change < 0 : change > 0;
        return worse ? 1 : -1;
    }

    private static string Signed(double v) =>
        (v > 0 ? "+" : v < 0 ? "-" : "±") + Math.Abs(v).ToString(Math.Abs(v) >= 100 ? "0.#" : "0.##", CultureInfo.InvariantCulture);
}
