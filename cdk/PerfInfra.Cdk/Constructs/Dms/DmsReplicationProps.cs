using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.SecretsManager;
using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.Dms;

/// <param name="SourceSecret">Secrets Manager secret with host, port, username and password of the MySQL source.</param>
/// <param name="SourceSecurityGroup">The source's security group; DMS is allowed in on <paramref name="SourcePort"/>. Null for a source outside this app (open its firewall to <see cref="DmsReplication.SecurityGroup"/> yourself).</param>
/// <param name="TargetBucket">Raw zone bucket DMS writes Parquet into.</param>
public sealed record DmsReplicationProps(
    DmsSettings Settings,
    IVpc Vpc,
    ISecret SourceSecret,
    ISecurityGroup? SourceSecurityGroup,
    int SourcePort,
    IBucket TargetBucket);
