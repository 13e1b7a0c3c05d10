namespace PerfInfra.Engine.Metrics;

/// <summary>Shape of every latency histogram the engine records. All values are microseconds.</summary>
public static class HistogramDefaults
{
    public const long LowestTrackableMicroseconds = 1;

    /// <summary>One hour: a coordinated-omission-corrected latency can be far longer than any request timeout.</summary>
    public const long HighestTrackableMicroseconds = 3_600_000_000;

    /// <summary>3 significant digits = 0.1 % value precision, the HdrHistogram default for latency.</summary>
    public const int SignificantDigits = 3;
}
