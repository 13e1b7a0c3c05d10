namespace PerfInfra.Engine.Reporting.Html.Charts;

/// <summary>A labelled grid line at <see cref="Value"/>, in data units.</summary>
internal readonly record struct AxisTick(double Value, string Label);
