namespace PerfInfra.Cdk.Constructs.Monitoring;

/// <summary>The names that become metric dimensions: what the alarms watch. Values may be CDK tokens.</summary>
/// <param name="AthenaWorkGroupsByQueryClass">Workgroup per Athena query class (threshold scenario), e.g. simple, complex.</param>
/// <param name="ApiFunctionMemoryMb">Configured memory of the measured function; memory-utilization thresholds scale it.</param>
public sealed record MonitoredMetricNames(
    string ApiName,
    string ApiStage,
    string ApiFunctionName,
    int ApiFunctionMemoryMb,
    IReadOnlyDictionary<string, string> AthenaWorkGroupsByQueryClass,
    string DmsReplicationInstanceId,
    string DmsReplicationTaskId,
    string TestMetricsNamespace);
