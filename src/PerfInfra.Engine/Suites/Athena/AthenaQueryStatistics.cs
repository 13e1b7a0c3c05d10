namespace PerfInfra.Engine.Suites.Athena;

/// <summary>
/// The statistics Athena reports for one query execution (GetQueryExecution's Statistics), in
/// milliseconds and bytes. Total = queue + planning + engine + service processing, roughly: Athena
/// measures them separately, so they need not add up exactly. A field Athena left out is null.
/// </summary>
public readonly record struct AthenaQueryStatistics(
    double TotalExecutionMs,
    double? QueueMs,
    double? PlanningMs,
    double? EngineExecutionMs,
    double? ServiceProcessingMs,
    long DataScannedBytes);
