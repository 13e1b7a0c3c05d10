namespace PerfInfra.Engine.Thresholds;

/// <summary>
/// The canonical unit of a metric; threshold values are converted into it when parsed
/// ("1s" → 1000 ms, "1%" → 0.01, "2000/s" → 2000 per second).
/// </summary>
public enum MetricUnit
{
    Milliseconds,
    Ratio,
    PerSecond,
    Count,
    Bytes,

    /// <summary>Estimated US dollars (a bare number in thresholds: <c>cost &lt; 5</c>).</summary>
    Usd,
}
