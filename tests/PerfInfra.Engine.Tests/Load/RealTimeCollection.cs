namespace PerfInfra.Engine.Tests.Load;

/// <summary>
/// Tests that measure real time, and the CPU-heavy ones (merge property, many-thread recording) that
/// would starve their timers, run one after another: on a shared 2-core box, running them side by
/// side turns scheduling lag into false failures.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RealTimeCollection
{
    public const string Name = "real time";
}
