namespace PerfInfra.PipelineJob.Tests.Support;

/// <summary>Every test that talks to S3 shares one <see cref="LocalS3"/>.</summary>
[CollectionDefinition(Name)]
public sealed class LocalS3Collection : ICollectionFixture<LocalS3>
{
    public const string Name = "Local S3 (s3rver)";
}
