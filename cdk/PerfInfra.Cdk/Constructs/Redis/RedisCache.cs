using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.ElastiCache;
using Amazon.CDK.AWS.SecretsManager;
using Constructs;
using PerfInfra.Cdk.Constructs.Security;
using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.Redis;

/// <summary>
/// ElastiCache Redis for sessions and predictions: a replication group with a replica in another AZ,
/// automatic failover, Multi-AZ, encryption in transit and at rest, an AUTH token that only Secrets
/// Manager holds (the template carries a dynamic reference), isolated subnets and a non-default port.
/// </summary>
public sealed class RedisCache : Construct
{
    private readonly RedisSettings _settings;

    public RedisCache(Construct scope, string id, RedisCacheProps props)
        : base(scope, id)
    {
        _settings = props.Settings;
        SecurityGroup = new SecurityGroup(this, "SecurityGroup", new SecurityGroupProps
        {
            Vpc = props.Vpc,
            Description = "PerfInfra Redis: clients are granted access explicitly",
            AllowAllOutbound = false,
        });
        AuthToken = new Secret(this, "AuthToken", new SecretProps
        {
            Description = "PerfInfra Redis AUTH token",
            // ElastiCache accepts 16-128 printable characters, excluding @, " and /.
            GenerateSecretString = new SecretStringGenerator { PasswordLength = 64, ExcludePunctuation = true },
        });
        var subnetGroup = new CfnSubnetGroup(this, "SubnetGroup", new CfnSubnetGroupProps
        {
            Description = "PerfInfra Redis: isolated subnets",
            SubnetIds = props.Vpc.SelectSubnets(new SubnetSelection { SubnetType = SubnetType.PRIVATE_ISOLATED }).SubnetIds,
        });
        ReplicationGroup = BuildReplicationGroup(subnetGroup);
        NagSuppressions.AddToResource(AuthToken, new NagSuppression("AwsSolutions-SMG4",
            "Rotating a Redis AUTH token is a two-step ElastiCache update (ROTATE, then SET) that a plain secret rotation cannot drive; rotated by runbook."));
    }

    public SecurityGroup SecurityGroup { get; }

    public ISecret AuthToken { get; }

    public CfnReplicationGroup ReplicationGroup { get; }

    private CfnReplicationGroup BuildReplicationGroup(CfnSubnetGroup subnetGroup) => new(this, "ReplicationGroup", new CfnReplicationGroupProps
    {
        ReplicationGroupDescription = "PerfInfra sessions and predictions",
        Engine = "redis",
        EngineVersion = _settings.EngineVersion,
        CacheNodeType = _settings.CacheNodeType,
        NumCacheClusters = _settings.NumCacheClusters,
        AutomaticFailoverEnabled = true,
        MultiAzEnabled = true,
        TransitEncryptionEnabled = true,
        AtRestEncryptionEnabled = true,
        AuthToken = AuthToken.SecretValue.UnsafeUnwrap(),
        Port = _settings.Port,
        CacheSubnetGroupName = subnetGroup.Ref,
        SecurityGroupIds = [SecurityGroup.SecurityGroupId],
        AutoMinorVersionUpgrade = true,
        SnapshotRetentionLimit = 1,
    });
}
