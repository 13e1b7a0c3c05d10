using Amazon.CDK.AWS.S3;

namespace PerfInfra.Cdk.Constructs.Security;

/// <param name="AccessLogsBucket">Where S3 server access logs go; null only for the access-log bucket itself.</param>
/// <param name="LifecycleRules">The data lifecycle of this bucket (seed: "Data lifecycle: -60% storage costs").</param>
/// <param name="AllowAclsForCloudFrontLogs">CloudFront standard logging still writes through ACLs.</param>
public sealed record SecureBucketProps(
    IBucket? AccessLogsBucket,
    IReadOnlyList<ILifecycleRule>? LifecycleRules = null,
    string? AccessLogsPrefix = null,
    bool AllowAclsForCloudFrontLogs = false);
