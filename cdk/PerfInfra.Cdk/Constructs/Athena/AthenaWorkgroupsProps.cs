using Amazon.CDK.AWS.S3;
using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.Athena;

public sealed record AthenaWorkgroupsProps(AthenaSettings Settings, IBucket QueryResultsBucket);
