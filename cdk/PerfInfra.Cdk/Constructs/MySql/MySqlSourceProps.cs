using Amazon.CDK.AWS.EC2;
using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.MySql;

public sealed record MySqlSourceProps(MySqlSettings Settings, IVpc Vpc);
