namespace PerfInfra.Engine.Suites.Lambda;

/// <summary>The Lambda suite's series names, as the metric catalog lists them.</summary>
public static class LambdaSeries
{
    public const string ColdStart = "cold_start";
    public const string Warm = "warm";
    public const string MemoryUsed = "memory_used";
    public const string InitDuration = "init_duration";
}
