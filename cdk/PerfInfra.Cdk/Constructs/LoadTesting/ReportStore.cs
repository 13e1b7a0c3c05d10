using Amazon.CDK;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.S3.Deployment;
using Constructs;
using PerfInfra.Cdk.Constructs.Security;

namespace PerfInfra.Cdk.Constructs.LoadTesting;

/// <summary>
/// The report bucket: encrypted, public access blocked, TLS only, versioned, access-logged, reports to
/// Infrequent Access after 30 days and expired after a year. The load-test config is deployed into it
/// at <see cref="ConfigKey"/>, so a config change is a deploy and every run reads the same file.
/// </summary>
public sealed class ReportStore : Construct
{
    public const string ConfigKey = "config/load-test-config.yaml";

    public ReportStore(Construct scope, string id, ReportStoreProps props)
        : base(scope, id)
    {
        var accessLogs = new SecureBucket(this, "AccessLogs", new SecureBucketProps(AccessLogsBucket: null));
        var reports = new Bucket(this, "Reports", new BucketProps
        {
            Encryption = BucketEncryption.S3_MANAGED,
            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
            EnforceSSL = true,
            Versioned = true,
            ObjectOwnership = ObjectOwnership.BUCKET_OWNER_ENFORCED,
            ServerAccessLogsBucket = accessLogs.Bucket,
            ServerAccessLogsPrefix = "reports/",
            RemovalPolicy = RemovalPolicy.RETAIN,
            LifecycleRules =
            [
                new LifecycleRule
                {
                    Id = "ReportsAge",
                    Transitions = [new Transition { StorageClass = Amazon.CDK.AWS.S3.StorageClass.INFREQUENT_ACCESS, TransitionAfter = Duration.Days(props.Settings.ReportsInfrequentAccessDays) }],
                    Expiration = Duration.Days(props.Settings.ReportsExpirationDays),
                    NoncurrentVersionExpiration = Duration.Days(props.Settings.ReportsInfrequentAccessDays),
                },
            ],
        });
        Bucket = reports;
        var deployment = new BucketDeployment(this, "Config", new BucketDeploymentProps
        {
            DestinationBucket = reports,
            Sources = [Source.Data(ConfigKey, props.ConfigText)],
            // Never delete reports: only the config file is managed by the deployment.
            Prune = false,
            RetainOnDelete = true,
        });
        NagSuppressions.AddToTree(deployment.HandlerRole ?? (IConstruct)deployment, new NagSuppression("AwsSolutions-IAM5",
            "CDK's BucketDeployment handler copies from the CDK asset bucket into this bucket and needs object wildcards on both.", ["/.*/"]));

        // The deployment's handler is a stack-level singleton that CDK owns (runtime and managed policy included).
        foreach (var singleton in Stack.Of(this).Node.Children.Where(c => c.Node.Id.StartsWith("Custom::CDKBucketDeployment", StringComparison.Ordinal)))
        {
            NagSuppressions.AddToTree(singleton,
                new NagSuppression("AwsSolutions-IAM4", "CDK's BucketDeployment singleton uses AWSLambdaBasicExecutionRole for its own logs; CDK owns this role."),
                new NagSuppression("AwsSolutions-L1", "CDK's BucketDeployment singleton pins the Python runtime its bundled AWS CLI layer supports; CDK owns it."),
                new NagSuppression("AwsSolutions-IAM5", "CDK's BucketDeployment singleton copies objects between the asset bucket and this bucket.", ["/.*/"]));
        }
    }

    public IBucket Bucket { get; }
}
