using PerfInfra.Cdk.Stacks;

namespace PerfInfra.Cdk;

public sealed record AppStacks(PlatformStack Platform);
