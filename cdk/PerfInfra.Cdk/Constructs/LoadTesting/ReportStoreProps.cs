using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.LoadTesting;

/// <param name="ConfigText">The load-test config to deploy with the stack (tests/performance/load-test-config.yaml).</param>
public sealed record ReportStoreProps(LoadTestSettings Settings, string ConfigText);
