namespace PerfInfra.Cdk.Tests.Support;

/// <summary>The app with no context: every setting at its default (the seed's figures).</summary>
public sealed class DefaultApp : SynthesizedApp;
