namespace PerfInfra.LocalSuites.Pipeline;

/// <summary>
/// Deterministic orders: record i always has the same fields (a SplitMix64 of i, no shared random state),
/// so a run is reproducible and the verification knows the expected id and amount checksums up front.
/// Order ids run 1..N; creation times spread evenly over <see cref="PipelineLocalDefaults.PartitionDays"/> days.
/// </summary>
internal static class OrderGenerator
{
    private static readonly string[] Statuses = ["placed", "paid", "shipped", "delivered", "cancelled"];

    private static readonly DateTime FirstDay = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    private const int Customers = 5000;

    /// <summary>Largest order total: $500.00 in cents.</summary>
    private const long MaxTotalCents = 50_000;

    public static OrderRecord Create(long index, long count)
    {
        var hash = SplitMix64((ulong)index);
        var spanTicks = TimeSpan.FromDays(PipelineLocalDefaults.PartitionDays).Ticks;
        // Truncated to whole seconds: the raw CSV carries seconds, so the curated copy is exact.
        var offset = TimeSpan.FromSeconds(Math.Floor(TimeSpan.FromTicks(spanTicks / Math.Max(count, 1) * index).TotalSeconds));
        return new OrderRecord(
            index + 1,
            $"c{hash % Customers:D4}",
            Statuses[(int)((hash >> 20) % (ulong)Statuses.Length)],
            1 + (long)((hash >> 32) % MaxTotalCents),
            FirstDay + offset);
    }

    /// <summary>Sum of order ids 1..N: what the curated table must add up to.</summary>
    public static long IdChecksum(long count) => count * (count + 1) / 2;

    private static ulong SplitMix64(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
