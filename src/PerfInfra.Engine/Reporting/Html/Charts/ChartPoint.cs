namespace PerfInfra.Engine.Reporting.Html.Charts;

/// <summary>One data point. A null <see cref="Y"/> is a gap (a second with no successful request), not a zero.</summary>
internal readonly record struct ChartPoint(double X, double? Y);
