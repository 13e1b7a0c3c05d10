using Amazon.CDK;
using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Stacks;

public sealed class PlatformStackProps : StackProps
{
    public required PerfInfraSettings Settings { get; init; }

    public required string AssetsDirectory { get; init; }
}
