using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.LoadTesting;

public sealed record ReportStoreProps(LoadTestSettings Settings);
