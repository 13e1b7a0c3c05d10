using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.S3;
using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.Batch;

/// <param name="SourceBucket">Raw zone the Parquet conversion reads.</param>
/// <param name="DestinationBucket">Curated zone it writes partitioned Parquet to.</param>
/// <param name="JobImageContextDirectory">Absolute path of the job image's Docker build context (the repository root); unused with a registry image.</param>
public sealed record BatchProcessingProps(BatchSettings Settings, IVpc Vpc, IBucket SourceBucket, IBucket DestinationBucket, string JobImageContextDirectory);
