namespace PerfInfra.DemoPlatform.Randomness;

/// <summary>The seam for randomness: production uses a seeded source, tests a scripted one.</summary>
internal interface IRandomSource
{
    /// <summary>A value in [0, 1). Must be safe to call from many requests at once.</summary>
    double NextDouble();

    /// <summary>Fills <paramref name="buffer"/> with random bytes. Must be thread-safe.</summary>
    void NextBytes(Span<byte> buffer);
}
