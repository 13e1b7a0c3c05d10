using Amazon.CDK;
using Constructs;
using PerfInfra.Cdk.Constructs.Network;
using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Stacks;

/// <summary>The VPC the platform and data stacks share (one set of NAT gateways, not one per stack).</summary>
public sealed class NetworkStack : Stack
{
    public NetworkStack(Construct scope, string id, NetworkSettings settings, IStackProps? props = null)
        : base(scope, id, props)
    {
        Network = new Network(this, "Network", new NetworkProps(settings));
    }

    public Network Network { get; }
}
