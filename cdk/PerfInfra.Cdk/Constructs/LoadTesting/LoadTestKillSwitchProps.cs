using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.LoadTesting;

public sealed record LoadTestKillSwitchProps(LoadTestSettings Settings);
