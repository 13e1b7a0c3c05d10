using Amazon.CDK;
using Amazon.CDK.AWS.DMS;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.IAM;
using Constructs;
using PerfInfra.Cdk.Constructs.Security;
using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.Dms;

/// <summary>
/// DMS from the MySQL source to the raw zone: a replication subnet group in private subnets; a
/// dms.c5.2xlarge instance with 200 GB, Multi-AZ, not public (seed sizing); endpoints whose credentials
/// DMS reads from Secrets Manager (never in the template); and a full-load + CDC task with the tuned
/// settings of <see cref="DmsTaskSettingsDocument"/>, writing Parquet at most every 60 s (the seed's lag target).
/// </summary>
public sealed class DmsReplication : Construct
{
    public const string ReplicationInstanceIdentifier = "perfinfra-replication";

    public const string ReplicationTaskIdentifier = "perfinfra-mysql-to-raw";

    /// <summary>DMS flushes CDC files at least this often, so S3 lags the source by at most the seed's 60 s.</summary>
    private const int CdcMaxBatchIntervalSeconds = 60;

    private readonly DmsReplicationProps _props;

    public DmsReplication(Construct scope, string id, DmsReplicationProps props)
        : base(scope, id)
    {
        _props = props;
        var serviceRoles = props.Settings.CreateServiceRoles ? AddServiceRoles() : null;
        var subnetGroup = BuildSubnetGroup();
        if (serviceRoles is not null)
        {
            subnetGroup.Node.AddDependency(serviceRoles);
        }

        SecurityGroup = new SecurityGroup(this, "SecurityGroup", new SecurityGroupProps
        {
            Vpc = props.Vpc,
            Description = "PerfInfra DMS replication instance",
        });
        props.SourceSecurityGroup?.AddIngressRule(SecurityGroup, Port.Tcp(props.SourcePort), "DMS reads the MySQL binlog");
        Instance = BuildInstance(subnetGroup);
        var accessRole = BuildEndpointAccessRole();
        var source = BuildSourceEndpoint(accessRole);
        var target = BuildTargetEndpoint(accessRole);
        Task = BuildTask(source, target);
    }

    public SecurityGroup SecurityGroup { get; }

    public CfnReplicationInstance Instance { get; }

    public CfnReplicationTask Task { get; }

    /// <summary>
    /// The task's CloudWatch dimension value. DMS task metrics are keyed by the task's resource id (the
    /// last part of its ARN), not by the identifier we chose.
    /// </summary>
    public string TaskResourceId => Fn.Select(6, Fn.Split(":", Task.Ref));

    private Construct AddServiceRoles()
    {
        var roles = new Construct(this, "ServiceRoles");
        // DMS looks these roles up by these exact names; they are account-wide.
        var vpcRole = new Role(roles, "DmsVpcRole", new RoleProps
        {
            RoleName = "dms-vpc-role",
            AssumedBy = new ServicePrincipal("dms.amazonaws.com"),
            ManagedPolicies = [ManagedPolicy.FromAwsManagedPolicyName("service-role/AmazonDMSVPCManagementRole")],
        });
        var logsRole = new Role(roles, "DmsCloudWatchLogsRole", new RoleProps
        {
            RoleName = "dms-cloudwatch-logs-role",
            AssumedBy = new ServicePrincipal("dms.amazonaws.com"),
            ManagedPolicies = [ManagedPolicy.FromAwsManagedPolicyName("service-role/AmazonDMSCloudWatchLogsRole")],
        });
        NagSuppressions.AddToResource(vpcRole, new NagSuppression("AwsSolutions-IAM4",
            "dms-vpc-role must carry AmazonDMSVPCManagementRole: DMS checks for this exact AWS policy when it creates ENIs.",
            ["Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonDMSVPCManagementRole"]));
        NagSuppressions.AddToResource(logsRole, new NagSuppression("AwsSolutions-IAM4",
            "dms-cloudwatch-logs-role must carry AmazonDMSCloudWatchLogsRole: DMS checks for this exact AWS policy for task logging.",
            ["Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonDMSCloudWatchLogsRole"]));
        return roles;
    }

    private CfnReplicationSubnetGroup BuildSubnetGroup() => new(this, "SubnetGroup", new CfnReplicationSubnetGroupProps
    {
        ReplicationSubnetGroupDescription = "PerfInfra DMS: private subnets with egress",
        SubnetIds = _props.Vpc.SelectSubnets(new SubnetSelection { SubnetType = SubnetType.PRIVATE_WITH_EGRESS }).SubnetIds,
    });

    private CfnReplicationInstance BuildInstance(CfnReplicationSubnetGroup subnetGroup) => new(this, "Instance", new CfnReplicationInstanceProps
    {
        ReplicationInstanceIdentifier = ReplicationInstanceIdentifier,
        ReplicationInstanceClass = _props.Settings.ReplicationInstanceClass,
        AllocatedStorage = _props.Settings.AllocatedStorageGb,
        MultiAz = _props.Settings.MultiAz,
        PubliclyAccessible = false,
        AutoMinorVersionUpgrade = true,
        ReplicationSubnetGroupIdentifier = subnetGroup.Ref,
        VpcSecurityGroupIds = [SecurityGroup.SecurityGroupId],
    });

    private Role BuildEndpointAccessRole()
    {
        var role = new Role(this, "EndpointAccessRole", new RoleProps
        {
            // Secrets Manager access is assumed through the regional DMS principal, the S3 target through the global one.
            AssumedBy = new CompositePrincipal(
                new ServicePrincipal($"dms.{Stack.Of(this).Region}.amazonaws.com"),
                new ServicePrincipal("dms.amazonaws.com")),
            Description = "PerfInfra DMS endpoints: read the source secret, write the raw zone",
        });
        _props.SourceSecret.GrantRead(role);
        role.AddToPolicy(new PolicyStatement(new PolicyStatementProps
        {
            // The actions the DMS S3 target documents, on the raw bucket only.
            Actions = ["s3:PutObject", "s3:DeleteObject", "s3:PutObjectTagging", "s3:ListBucket"],
            Resources = [_props.TargetBucket.BucketArn, _props.TargetBucket.ArnForObjects("dms/*")],
        }));
        NagSuppressions.AddToResource(role.Node.FindChild("DefaultPolicy"), new NagSuppression("AwsSolutions-IAM5",
            "DMS writes one object per table and CDC batch under the raw zone's dms/ prefix; object names are chosen by DMS.",
            [@"/^Resource::<[A-Za-z0-9]*Raw[A-Za-z0-9]*\.Arn>\/dms\/\*$/"]));
        return role;
    }

    private CfnEndpoint BuildSourceEndpoint(Role accessRole) => new(this, "SourceEndpoint", new CfnEndpointProps
    {
        EndpointType = "source",
        EngineName = "mysql",
        SslMode = "require",
        MySqlSettings = new CfnEndpoint.MySqlSettingsProperty
        {
            SecretsManagerSecretId = _props.SourceSecret.SecretArn,
            SecretsManagerAccessRoleArn = accessRole.RoleArn,
        },
    });

    private CfnEndpoint BuildTargetEndpoint(Role accessRole) => new(this, "TargetEndpoint", new CfnEndpointProps
    {
        EndpointType = "target",
        EngineName = "s3",
        S3Settings = new CfnEndpoint.S3SettingsProperty
        {
            BucketName = _props.TargetBucket.BucketName,
            BucketFolder = "dms",
            ServiceAccessRoleArn = accessRole.RoleArn,
            DataFormat = "parquet",
            ParquetVersion = "parquet-2-0",
            EncryptionMode = "SSE_S3",
            DatePartitionEnabled = true,
            DatePartitionSequence = "YYYYMMDD",
            CdcMaxBatchInterval = CdcMaxBatchIntervalSeconds,
            TimestampColumnName = "dms_commit_ts",
        },
    });

    private CfnReplicationTask BuildTask(CfnEndpoint source, CfnEndpoint target) => new(this, "Task", new CfnReplicationTaskProps
    {
        ReplicationTaskIdentifier = ReplicationTaskIdentifier,
        MigrationType = "full-load-and-cdc",
        ReplicationInstanceArn = Instance.Ref,
        SourceEndpointArn = source.Ref,
        TargetEndpointArn = target.Ref,
        TableMappings = DmsTaskSettingsDocument.TableMappings(_props.Settings.SourceSchemaName),
        ReplicationTaskSettings = DmsTaskSettingsDocument.Build(_props.Settings),
    });
}
