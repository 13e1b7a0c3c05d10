namespace PerfInfra.Engine.Tests.Load;

/// <summary>
/// Tests that measure real time, and the CPU-heavy ones (merge property, many-thread recording) that
/// would starve their timers, run one after another: on a shared 2-core box, running them side by
/// side turns scheduling lag into false failures. DisableParallelization also keeps every other test
/// class of the assembly off the CPU while they run (xunit runs such a collection alone, at the end).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealTimeCollection
{
    public const string Name = "real time";
}
