using System.Globalization;
using System.Text;

namespace PerfInfra.Engine.Reporting.Html.Charts;

/// <summary>
/// Renders a <see cref="LineChart"/> as inline SVG: a fixed viewBox scaled by CSS to the page width
/// (crisp at any zoom, readable on a phone), one polyline per unbroken run of points, grid and labels
/// as plain text elements. No script, no fonts, no external reference — it works from file:// and S3.
/// </summary>
internal static class SvgLineChart
{
    public const int Width = 640;
    public const int Height = 240;
    private const int MarginLeft = 58;
    private const int MarginRight = 30;
    private const int MarginTop = 10;
    private const int MarginBottom = 38;
    private const int MaxYTicks = 6;
    private const int MaxXTicks = 8;
    private const int TickLabelGap = 6;
    private const int AxisTitleOffset = 34;
    private const int FontBaselineShift = 4;

    private const double PlotWidth = Width - MarginLeft - MarginRight;
    private const double PlotHeight = Height - MarginTop - MarginBottom;

    public static string Render(LineChart chart)
    {
        var points = chart.Series.SelectMany(s => s.Points).ToList();
        var ys = points.Where(p => p.Y is not null).Select(p => p.Y!.Value).ToList();
        var plotted = ys.Count;

        var xTicks = chart.XTicks ?? AutoTicks(points.Count == 0 ? [0.0] : points.Select(p => p.X).ToList(), MaxXTicks, chart.XLabel);
        var xMin = Math.Min(xTicks[0].Value, points.Count == 0 ? xTicks[0].Value : points.Min(p => p.X));
        var xMax = Math.Max(xTicks[^1].Value, points.Count == 0 ? xTicks[^1].Value : points.Max(p => p.X));
        var yTicks = AutoTicks([0.0, ys.Count == 0 ? 1.0 : ys.Max()], MaxYTicks, chart.YLabel);
        var yMax = yTicks[^1].Value;

        double Sx(double x) => MarginLeft + ((x - xMin) / (xMax - xMin) * PlotWidth);
        double Sy(double y) => MarginTop + PlotHeight - (y / yMax * PlotHeight);

        var svg = new StringBuilder(capacity: 4096 + (points.Count * 12));
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" id=\"{HtmlText.Attribute(chart.Id)}\" data-points=\"{plotted}\" data-series=\"{chart.Series.Count}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{HtmlText.Attribute(chart.Title)}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append("<title>").Append(HtmlText.Encode(chart.Title)).Append("</title>");

        svg.Append("<g class=\"grid\">");
        foreach (var t in yTicks)
        {
            var y = N(Sy(t.Value));
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{MarginLeft}\" x2=\"{Width - MarginRight}\" y1=\"{y}\" y2=\"{y}\"/>");
        }

        foreach (var t in xTicks)
        {
            var x = N(Sx(t.Value));
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" x2=\"{x}\" y1=\"{MarginTop}\" y2=\"{MarginTop + PlotHeight}\"/>");
        }

        svg.Append("</g><g class=\"ticks\">");
        foreach (var t in yTicks)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{MarginLeft - TickLabelGap}\" y=\"{N(Sy(t.Value) + FontBaselineShift)}\" text-anchor=\"end\">{HtmlText.Encode(t.Label)}</text>");
        }

        foreach (var t in xTicks)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{N(Sx(t.Value))}\" y=\"{MarginTop + PlotHeight + (TickLabelGap * 3)}\" text-anchor=\"middle\">{HtmlText.Encode(t.Label)}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture,
            $"<text class=\"axis-title\" x=\"{N(MarginLeft + (PlotWidth / 2))}\" y=\"{MarginTop + PlotHeight + AxisTitleOffset}\" text-anchor=\"middle\">{HtmlText.Encode(chart.XTitle)}</text>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<text class=\"axis-title\" transform=\"rotate(-90)\" x=\"{N(-(MarginTop + (PlotHeight / 2)))}\" y=\"12\" text-anchor=\"middle\">{HtmlText.Encode(chart.YTitle)}</text>");
        svg.Append("</g>");

        foreach (var series in chart.Series)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<g class=\"series {HtmlText.Attribute(series.CssClass)}{(series.Dashed ? " dashed" : string.Empty)}\" data-name=\"{HtmlText.Attribute(series.Name)}\"><title>{HtmlText.Encode(series.Name)}</title>");
            foreach (var run in Runs(series.Points))
            {
                if (run.Count == 1)
                {
                    // A lone second between gaps: a dot, or it would vanish as a zero-length line.
                    svg.Append(CultureInfo.InvariantCulture, $"<circle r=\"2\" cx=\"{N(Sx(run[0].X))}\" cy=\"{N(Sy(run[0].Y!.Value))}\"/>");
                    continue;
                }

                svg.Append("<polyline points=\"");
                foreach (var p in run)
                {
                    svg.Append(N(Sx(p.X))).Append(',').Append(N(Sy(p.Y!.Value))).Append(' ');
                }

                svg.Length--;
                svg.Append("\"/>");
            }

            svg.Append("</g>");
        }

        if (plotted == 0)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"empty\" x=\"{N(MarginLeft + (PlotWidth / 2))}\" y=\"{N(MarginTop + (PlotHeight / 2))}\" text-anchor=\"middle\">no samples</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Splits a series at its gaps (null Y) into runs of consecutive points.</summary>
    internal static IEnumerable<List<ChartPoint>> Runs(IReadOnlyList<ChartPoint> points)
    {
        var run = new List<ChartPoint>();
        foreach (var p in points)
        {
            if (p.Y is null || !double.IsFinite(p.Y.Value))
            {
                if (run.Count > 0)
                {
                    yield return run;
                    run = [];
                }

                continue;
            }

            run.Add(p);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    private static List<AxisTick> AutoTicks(IReadOnlyList<double> values, int maxTicks, Func<double, string> label) =>
        NiceScale.Ticks(values.Min(), values.Max(), maxTicks).Select(v => new AxisTick(v, label(v))).ToList();

    /// <summary>One decimal: a tenth of a viewBox unit is finer than any screen pixel and keeps files small.</summary>
    private static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
