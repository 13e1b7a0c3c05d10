using PerfInfra.DemoPlatform.Randomness;

namespace PerfInfra.DemoPlatform;

/// <summary>The seams for time and randomness; tests pass their own, production uses the system clock and a seeded source.</summary>
internal sealed record DemoPlatformDependencies(TimeProvider TimeProvider, IRandomSource Random)
{
    public static DemoPlatformDependencies CreateDefault(DemoPlatformOptions options) =>
        new(TimeProvider.System, new SeededRandomSource(options.RandomSeed));
}
