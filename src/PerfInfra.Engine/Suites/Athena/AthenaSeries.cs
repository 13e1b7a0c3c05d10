using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Suites.Athena;

/// <summary>The Athena suite's series names, as the metric catalog defines them.</summary>
public static class AthenaSeries
{
    public const string Suite = MetricCatalog.Athena;
    public const string Duration = "duration";
    public const string QueueTime = "queue_time";
    public const string PlanningTime = "planning_time";
    public const string EngineTime = "engine_time";
    public const string BytesScanned = "bytes_scanned";
    public const string Cost = "cost";
}
