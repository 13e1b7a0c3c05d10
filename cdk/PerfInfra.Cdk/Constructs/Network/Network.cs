using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.Logs;
using Constructs;
using PerfInfra.Cdk.Constructs.Security;
using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.Network;

/// <summary>
/// The reference platform's VPC: public subnets for NAT only, private subnets with egress for compute
/// (Batch, DMS), isolated subnets for data stores (MySQL, Redis), and flow logs of all traffic.
/// Availability zones stay tokens so synth needs no AWS account.
/// </summary>
public sealed class Network : Construct
{
    public Network(Construct scope, string id, NetworkProps props)
        : base(scope, id)
    {
        Vpc = BuildVpc(props.Settings);
        AddFlowLogs(props.Settings);
    }

    public IVpc Vpc { get; }

    private Vpc BuildVpc(NetworkSettings settings) => new(this, "Vpc", new VpcProps
    {
        MaxAzs = settings.MaxAzs,
        NatGateways = settings.NatGateways,
        SubnetConfiguration =
        [
            new SubnetConfiguration { Name = "public", SubnetType = SubnetType.PUBLIC, CidrMask = 24 },
            new SubnetConfiguration { Name = "compute", SubnetType = SubnetType.PRIVATE_WITH_EGRESS, CidrMask = 20 },
            new SubnetConfiguration { Name = "data", SubnetType = SubnetType.PRIVATE_ISOLATED, CidrMask = 24 },
        ],
    });

    private void AddFlowLogs(NetworkSettings settings)
    {
        var logGroup = new LogGroup(this, "FlowLogs", new LogGroupProps
        {
            Retention = LogRetentionPeriods.ForDays(settings.FlowLogRetentionDays),
        });
        ((Vpc)Vpc).AddFlowLog("AllTraffic", new FlowLogOptions
        {
            Destination = FlowLogDestination.ToCloudWatchLogs(logGroup),
            TrafficType = FlowLogTrafficType.ALL,
        });
    }
}
