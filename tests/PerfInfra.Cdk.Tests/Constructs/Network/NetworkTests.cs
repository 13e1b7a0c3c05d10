using Amazon.CDK.Assertions;
using PerfInfra.Cdk.Tests.Support;

namespace PerfInfra.Cdk.Tests.Constructs.Network;

[Collection(DefaultAppCollection.Name)]
public sealed class NetworkTests(DefaultApp app)
{
    [Fact]
    public void Vpc_Defaults_HasThreeTiersInTwoAzsOneNatAndFlowLogs()
    {
        // public, compute (private with egress) and data (isolated) in each of two AZs.
        app.Network.ResourceCountIs("AWS::EC2::Subnet", 3 * 2);
        app.Network.ResourceCountIs("AWS::EC2::NatGateway", 1);
        app.Network.HasResourceProperties("AWS::EC2::FlowLog", new Dictionary<string, object> { ["TrafficType"] = "ALL" });
    }
}
