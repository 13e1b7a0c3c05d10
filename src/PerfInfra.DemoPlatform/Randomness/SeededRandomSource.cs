namespace PerfInfra.DemoPlatform.Randomness;

/// <summary>
/// A seeded <see cref="Random"/> behind a lock: <see cref="Random"/> is not thread-safe, and
/// <see cref="Random.Shared"/> cannot be seeded. A draw takes nanoseconds, so the lock is never contended
/// long enough to matter next to millisecond simulated latencies.
/// </summary>
internal sealed class SeededRandomSource(int seed) : IRandomSource
{
    private readonly Random _random = new(seed);
    private readonly Lock _gate = new();

    public double NextDouble()
    {
        lock (_gate)
        {
            return _random.NextDouble();
        }
    }

    public void NextBytes(Span<byte> buffer)
    {
        lock (_gate)
        {
            _random.NextBytes(buffer);
        }
    }
}
