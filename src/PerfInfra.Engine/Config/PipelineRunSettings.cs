using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Config;

/// <summary>The pipeline suite of one run: records to push and the thresholds judging them.</summary>
public sealed record PipelineRunSettings(int Records, IReadOnlyList<ThresholdDefinition> Thresholds);
