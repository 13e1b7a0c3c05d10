using System.Globalization;

namespace PerfInfra.DataPipeline;

/// <summary>
/// Deterministic orders: record i always has the same fields (a SplitMix64 of i, no shared random state),
/// so a run is reproducible and the verification knows the expected ids and id checksum up front.
/// Order ids are <c>&lt;prefix&gt;-1</c> … <c>&lt;prefix&gt;-N</c>; creation times spread evenly over
/// <see cref="DataPipelineDefaults.PartitionDays"/> days from <paramref name="firstDay"/>.
/// </summary>
/// <param name="idPrefix">Every order id starts with it and a '-': Athena counts one run's orders by it.</param>
/// <param name="firstDay">Midnight UTC of the first dt partition.</param>
/// <param name="count">Orders in the run (spreads the times; ids run 1..count).</param>
public sealed class OrderGenerator(string idPrefix, DateTime firstDay, long count)
{
    private static readonly string[] Statuses = ["placed", "paid", "shipped", "delivered", "cancelled"];

    private const int Customers = 5000;

    /// <summary>Largest order total: $500.00 in cents.</summary>
    private const long MaxTotalCents = 50_000;

    public string IdPrefix => idPrefix;

    public long Count => count;

    public OrderRecord Create(long index)
    {
        var hash = SplitMix64((ulong)index);
        var spanTicks = TimeSpan.FromDays(DataPipelineDefaults.PartitionDays).Ticks;
        // Truncated to whole seconds: the raw CSV carries seconds, so the curated copy is exact.
        var offset = TimeSpan.FromSeconds(Math.Floor(TimeSpan.FromTicks(spanTicks / Math.Max(count, 1) * index).TotalSeconds));
        return new OrderRecord(
            OrderId(idPrefix, index + 1),
            $"c{hash % Customers:D4}",
            Statuses[(int)((hash >> 20) % (ulong)Statuses.Length)],
            1 + (long)((hash >> 32) % MaxTotalCents),
            DateTime.SpecifyKind(firstDay.Date, DateTimeKind.Utc) + offset);
    }

    /// <summary>Every order of the run, checking for cancellation every 65,536 records.</summary>
    public OrderRecord[] CreateAll(CancellationToken cancellationToken)
    {
        var orders = new OrderRecord[count];
        for (var i = 0L; i < count; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            orders[i] = Create(i);
        }

        return orders;
    }

    public static string OrderId(string prefix, long number) => string.Create(CultureInfo.InvariantCulture, $"{prefix}-{number}");

    /// <summary>Sum of the id numbers 1..N: what the curated table must add up to.</summary>
    public static long IdChecksum(long count) => count * (count + 1) / 2;

    private static ulong SplitMix64(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
