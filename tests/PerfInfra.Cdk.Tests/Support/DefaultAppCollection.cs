namespace PerfInfra.Cdk.Tests.Support;

/// <summary>Test classes in this collection share one synthesized default app (jsii synth is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class DefaultAppCollection : ICollectionFixture<DefaultApp>
{
    public const string Name = "Default app (synthesized once)";
}
