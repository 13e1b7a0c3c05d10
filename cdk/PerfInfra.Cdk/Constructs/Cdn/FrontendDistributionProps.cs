using Amazon.CDK.AWS.S3;
using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.Cdn;

/// <param name="LogsBucket">Bucket for CloudFront standard logs (must allow ACLs).</param>
public sealed record FrontendDistributionProps(CdnSettings Settings, IBucket LogsBucket);
