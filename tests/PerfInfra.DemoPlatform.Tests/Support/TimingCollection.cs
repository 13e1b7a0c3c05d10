namespace PerfInfra.DemoPlatform.Tests.Support;

/// <summary>
/// Tests that compare wall-clock times run alone: on a shared 2-core machine, other test classes running
/// in parallel would add noise of the same order as the effects measured.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}
