namespace PerfInfra.Engine.Reporting.Html.Charts;

/// <summary>One curve of a percentile spectrum: a histogram (µs, compressed, base64) and how to draw it.</summary>
internal sealed record SpectrumLine(string Name, string CssClass, string LatencyHistogram, bool Dashed = false);
