namespace PerfInfra.Cdk.Settings;

/// <summary>Alarm evaluation and the names other stacks must agree on.</summary>
public static class MonitoringDefaults
{
    /// <summary>One-minute periods: a five-minute load test (seed) yields five datapoints.</summary>
    public const int AlarmPeriodSeconds = 60;

    /// <summary>3 of 5 minutes breaching: rides out one noisy minute, still fires within a five-minute test.</summary>
    public const int EvaluationPeriods = 5;

    public const int DatapointsToAlarm = 3;

    /// <summary>The performance-test state machine's name (deployed by the test stack); its failures alarm.</summary>
    public const string TestStateMachineName = "PerfInfra-PerformanceTests";

    /// <summary>Namespace the report Lambda writes its EMF metrics to; thresholds with no AWS metric alarm on these.</summary>
    public const string TestMetricsNamespace = "PerfInfra/LoadTests";

    public const string DashboardName = "PerfInfra-Performance";

    /// <summary>The load-test config whose thresholds become alarms, relative to the repository root (where cdk runs).</summary>
    public const string LoadTestConfigPath = "tests/performance/load-test-config.yaml";
}
