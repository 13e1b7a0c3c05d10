namespace PerfInfra.Engine.Reporting.Html.Charts;

/// <summary>
/// What a line chart shows. <see cref="XTicks"/> replaces the automatic x ticks (the percentile spectrum's
/// log "nines" axis needs its own); the y axis always starts at zero so lines are not exaggerated.
/// </summary>
internal sealed record LineChart(
    string Id,
    string Title,
    string XTitle,
    string YTitle,
    IReadOnlyList<ChartSeries> Series,
    Func<double, string> XLabel,
    Func<double, string> YLabel,
    IReadOnlyList<AxisTick>? XTicks = null);
