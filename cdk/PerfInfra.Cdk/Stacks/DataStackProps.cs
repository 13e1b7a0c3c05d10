using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Stacks;

public sealed class DataStackProps : StackProps
{
    public required PerfInfraSettings Settings { get; init; }

    public required IVpc Vpc { get; init; }

    /// <summary>Absolute path of the Batch job image's build context (the repository root).</summary>
    public required string JobImageContextDirectory { get; init; }
}
