using PerfInfra.Cdk.Stacks;

namespace PerfInfra.Cdk;

public sealed record AppStacks(NetworkStack Network, PlatformStack Platform, DataStack Data, MonitoringStack Monitoring, LoadTestStack LoadTest);
