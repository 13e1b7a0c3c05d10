using PerfInfra.Cdk.Settings;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Cdk.Constructs.Monitoring;

/// <param name="Thresholds">The load-test config's thresholds: the same records the engine judges a run with.</param>
public sealed record PerformanceAlarmsProps(
    MonitoringSettings Settings,
    IReadOnlyList<ThresholdDefinition> Thresholds,
    MonitoredResources Resources);
