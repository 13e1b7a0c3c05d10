namespace PerfInfra.Cdk.Settings;

/// <summary>Alarm evaluation, notification and shared names. Defaults: <see cref="MonitoringDefaults"/>.</summary>
public sealed record MonitoringSettings
{
    public int AlarmPeriodSeconds { get; init; } = MonitoringDefaults.AlarmPeriodSeconds;
    public int EvaluationPeriods { get; init; } = MonitoringDefaults.EvaluationPeriods;
    public int DatapointsToAlarm { get; init; } = MonitoringDefaults.DatapointsToAlarm;
    public string TestStateMachineName { get; init; } = MonitoringDefaults.TestStateMachineName;
    public string TestMetricsNamespace { get; init; } = MonitoringDefaults.TestMetricsNamespace;
    public string DashboardName { get; init; } = MonitoringDefaults.DashboardName;
    public string LoadTestConfigPath { get; init; } = MonitoringDefaults.LoadTestConfigPath;

    /// <summary>Subscribed to the alarm topic when set; none by default (no address belongs in the repo).</summary>
    public string? AlarmEmail { get; init; }
}
