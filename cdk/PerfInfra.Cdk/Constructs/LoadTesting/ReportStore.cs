using Amazon.CDK;
using Amazon.CDK.AWS.S3;
using Constructs;
using PerfInfra.Cdk.Constructs.Security;

namespace PerfInfra.Cdk.Constructs.LoadTesting;

/// <summary>
/// The report bucket: encrypted, public access blocked, TLS only, versioned, access-logged, reports to
/// Infrequent Access after 30 days and expired after a year.
/// </summary>
public sealed class ReportStore : Construct
{
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
    }

    public IBucket Bucket { get; }
}
