namespace PerfInfra.Harness.Tests.Support;

/// <summary>Every local execution shares one <see cref="LocalAws"/>: one synth, one s3rver, one demo platform.</summary>
[CollectionDefinition(Name)]
public sealed class LocalAwsCollection : ICollectionFixture<LocalAws>
{
    public const string Name = "Local AWS (synthesized once)";
}
