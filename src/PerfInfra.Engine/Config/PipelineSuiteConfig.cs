using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Config;

/// <summary>The pipeline suite's thresholds (DMS lag, batch duration, end to end, throughput).</summary>
public sealed record PipelineSuiteConfig(IReadOnlyList<ThresholdDefinition> Thresholds);
