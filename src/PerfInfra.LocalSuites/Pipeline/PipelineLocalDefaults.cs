using PerfInfra.DataPipeline;

namespace PerfInfra.LocalSuites.Pipeline;

/// <summary>Figures of the local pipeline suite (the stages' own figures are in <see cref="DataPipelineDefaults"/>).</summary>
internal static class PipelineLocalDefaults
{
    /// <summary>Records when the run has no pipeline settings (the local profile's size).</summary>
    public const int Records = 1000;

    public const int RecordsPerFile = DataPipelineDefaults.RecordsPerFile;

    /// <summary>Order ids are local-1 … local-N (the Batch job prefixes them with the execution's run id instead).</summary>
    public const string OrderIdPrefix = "local";

    /// <summary>A fixed first day, so a local run's partitions are the same on every machine and day.</summary>
    public static readonly DateTime FirstDay = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    public const string RawFolder = "raw";

    public const string CuratedFolder = "curated";
}
