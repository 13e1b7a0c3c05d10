namespace PerfInfra.Engine.Preflight;

/// <summary>
/// A function alias with provisioned concurrency: <see cref="Name"/> labels the check (the state machine's
/// response carries the same label), <see cref="MinAllocated"/> is the auto-scaling floor — scaling may
/// allocate more, never less, once the config is READY.
/// </summary>
public sealed record ProvisionedConcurrencyExpectation(string Name, string Qualifier, int MinAllocated);
