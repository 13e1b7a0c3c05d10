using Amazon.CDK;
using Amazon.CDK.AWS.S3;
using Constructs;

namespace PerfInfra.Cdk.Constructs.Security;

/// <summary>
/// A bucket that is encrypted (SSE-S3), blocks all public access, refuses non-TLS requests, logs its
/// access and is retained when its stack is deleted (data outlives stacks).
/// </summary>
public sealed class SecureBucket : Construct
{
    public SecureBucket(Construct scope, string id, SecureBucketProps props)
        : base(scope, id)
    {
        Bucket = new Bucket(this, "Bucket", new BucketProps
        {
            Encryption = BucketEncryption.S3_MANAGED,
            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
            EnforceSSL = true,
            ObjectOwnership = props.AllowAclsForCloudFrontLogs ? ObjectOwnership.BUCKET_OWNER_PREFERRED : ObjectOwnership.BUCKET_OWNER_ENFORCED,
            ServerAccessLogsBucket = props.AccessLogsBucket,
            ServerAccessLogsPrefix = props.AccessLogsBucket is null ? null : props.AccessLogsPrefix ?? id + "/",
            LifecycleRules = props.LifecycleRules?.ToArray(),
            RemovalPolicy = RemovalPolicy.RETAIN,
        });

        if (props.AccessLogsBucket is null)
        {
            NagSuppressions.AddToResource(Bucket, new NagSuppression("AwsSolutions-S1",
                "This is the access-log bucket; logging its own access would log every log write, without end."));
        }
    }

    public IBucket Bucket { get; }
}
