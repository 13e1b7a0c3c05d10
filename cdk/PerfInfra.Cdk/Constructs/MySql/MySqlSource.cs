using System.Globalization;
using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.RDS;
using Amazon.CDK.AWS.SecretsManager;
using Constructs;
using PerfInfra.Cdk.Constructs.Security;
using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.MySql;

/// <summary>
/// The seed's MySQL source (what DMS replicates): RDS MySQL 8.0 in isolated subnets, encrypted, Multi-AZ,
/// IAM auth, Performance Insights, a parameter group with the slow query log on (long_query_time from
/// settings) exported to CloudWatch Logs, binlog settings CDC needs, and RDS Proxy in front for
/// connection pooling (seed: "Connection pooling"). Credentials live only in Secrets Manager.
/// </summary>
public sealed class MySqlSource : Construct
{
    private readonly MySqlSettings _settings;

    public MySqlSource(Construct scope, string id, MySqlSourceProps props)
        : base(scope, id)
    {
        _settings = props.Settings;
        var engine = DatabaseInstanceEngine.Mysql(new MySqlInstanceEngineProps { Version = MysqlEngineVersion.VER_8_0 });
        SecurityGroup = new SecurityGroup(this, "SecurityGroup", new SecurityGroupProps
        {
            Vpc = props.Vpc,
            Description = "PerfInfra MySQL: reachable from the proxy and DMS only",
            AllowAllOutbound = false,
        });
        var logGroups = BuildLogGroups();
        Instance = BuildInstance(props.Vpc, engine, BuildParameterGroup(engine));
        foreach (var logGroup in logGroups)
        {
            Instance.Node.AddDependency(logGroup);
        }

        Secret = Instance.Secret ?? throw new InvalidOperationException("RDS did not generate a credentials secret.");
        Proxy = BuildProxy(props.Vpc);
        SuppressAcceptedFindings();
    }

    public DatabaseInstance Instance { get; }

    public ISecret Secret { get; }

    public DatabaseProxy Proxy { get; }

    public SecurityGroup SecurityGroup { get; }

    public string DatabaseName => _settings.DatabaseName;

    /// <summary>Not 3306: scanners probe the default port first (cdk-nag AwsSolutions-RDS11).</summary>
    public int Port => MySqlPort;

    private const int MySqlPort = 3307;

    public const string InstanceIdentifier = "perfinfra-mysql";

    private static readonly string[] ExportedLogs = ["error", "slowquery"];

    private LogGroup[] BuildLogGroups() => ExportedLogs.Select(log => new LogGroup(this, "Logs-" + log, new LogGroupProps
    {
        // RDS writes exports to exactly this name.
        LogGroupName = $"/aws/rds/instance/{InstanceIdentifier}/{log}",
        Retention = LogRetentionPeriods.ForDays(_settings.LogRetentionDays),
        RemovalPolicy = RemovalPolicy.DESTROY,
    })).ToArray();

    private ParameterGroup BuildParameterGroup(IInstanceEngine engine) => new(this, "Parameters", new ParameterGroupProps
    {
        Engine = engine,
        Description = "PerfInfra MySQL: slow query log for index work, row binlog for DMS CDC",
        Parameters = new Dictionary<string, string>
        {
            ["slow_query_log"] = "1",
            ["long_query_time"] = _settings.LongQueryTimeSeconds.ToString(CultureInfo.InvariantCulture),
            ["log_queries_not_using_indexes"] = "1",
            ["log_output"] = "FILE",
            // DMS CDC reads the binlog in ROW format with full images.
            ["binlog_format"] = "ROW",
            ["binlog_row_image"] = "FULL",
        },
    });

    private DatabaseInstance BuildInstance(IVpc vpc, IInstanceEngine engine, IParameterGroup parameters) => new(this, "Instance", new DatabaseInstanceProps
    {
        Engine = engine,
        InstanceType = new Amazon.CDK.AWS.EC2.InstanceType(_settings.InstanceType),
        Vpc = vpc,
        VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PRIVATE_ISOLATED },
        SecurityGroups = [SecurityGroup],
        Credentials = Credentials.FromGeneratedSecret("perfinfra_admin"),
        DatabaseName = _settings.DatabaseName,
        AllocatedStorage = _settings.AllocatedStorageGb,
        StorageType = StorageType.GP3,
        StorageEncrypted = true,
        MultiAz = _settings.MultiAz,
        Port = MySqlPort,
        IamAuthentication = true,
        EnablePerformanceInsights = true,
        PerformanceInsightRetention = PerformanceInsightRetention.DEFAULT,
        ParameterGroup = parameters,
        InstanceIdentifier = InstanceIdentifier,
        // Exported to log groups this construct owns (with retention), not CDK's LogRetention custom resource.
        CloudwatchLogsExports = ExportedLogs,
        BackupRetention = Duration.Days(_settings.BackupRetentionDays),
        DeletionProtection = _settings.DeletionProtection,
        RemovalPolicy = RemovalPolicy.SNAPSHOT,
        AutoMinorVersionUpgrade = true,
    });

    private DatabaseProxy BuildProxy(IVpc vpc)
    {
        var proxySecurityGroup = new SecurityGroup(this, "ProxySecurityGroup", new SecurityGroupProps
        {
            Vpc = vpc,
            Description = "PerfInfra RDS Proxy: clients in the VPC connect here, not to MySQL",
        });
        SecurityGroup.AddIngressRule(proxySecurityGroup, Amazon.CDK.AWS.EC2.Port.Tcp(MySqlPort), "RDS Proxy to MySQL");
        return Instance.AddProxy("Proxy", new DatabaseProxyOptions
        {
            Vpc = vpc,
            VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PRIVATE_ISOLATED },
            Secrets = [Secret],
            SecurityGroups = [proxySecurityGroup],
            RequireTLS = true,
            IamAuth = false,
            MaxConnectionsPercent = _settings.ProxyMaxConnectionsPercent,
            IdleClientTimeout = Duration.Seconds(_settings.ProxyIdleClientTimeoutSeconds),
        });
    }

    private void SuppressAcceptedFindings()
    {
        foreach (var secret in Instance.Node.FindAll().OfType<CfnResource>().Where(r => r.CfnResourceType == "AWS::SecretsManager::Secret"))
        {
            NagSuppressions.AddToResource(secret, new NagSuppression("AwsSolutions-SMG4",
                "Rotation needs a rotation Lambda inside the VPC, which the reference platform does not deploy; DMS and RDS Proxy read the secret "
                + "when they connect, so adding a rotation schedule later needs no change here."));
        }
    }
}
