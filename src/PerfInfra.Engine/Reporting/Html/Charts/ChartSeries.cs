namespace PerfInfra.Engine.Reporting.Html.Charts;

/// <summary>
/// One line of a chart. <see cref="CssClass"/> picks its stroke from the report stylesheet, so colours
/// live in one place and follow the light/dark scheme.
/// </summary>
internal sealed record ChartSeries(string Name, string CssClass, IReadOnlyList<ChartPoint> Points, bool Dashed = false);
