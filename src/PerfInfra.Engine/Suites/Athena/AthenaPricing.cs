namespace PerfInfra.Engine.Suites.Athena;

/// <summary>
/// Athena's on-demand price: per terabyte scanned, each query rounded up to the next megabyte with a
/// 10 MB minimum (Athena pricing page). Failed queries are not billed; cancelled ones are, for what they
/// scanned, but the suite has no statistics for them, so they count as failures only. A reused result
/// scans nothing and costs nothing. Terabyte and megabyte are binary (2^40, 2^20), as AWS bills.
/// </summary>
public sealed class AthenaPricing(double pricePerTerabyteUsd)
{
    public const long BytesPerMegabyte = 1L << 20;
    public const double BytesPerTerabyte = 1L << 40;

    /// <summary>Athena bills at least this much per query.</summary>
    public const long MinimumBilledBytes = 10 * BytesPerMegabyte;

    public double PricePerTerabyteUsd { get; } = pricePerTerabyteUsd >= 0 && double.IsFinite(pricePerTerabyteUsd)
        ? pricePerTerabyteUsd
        : throw new ArgumentOutOfRangeException(nameof(pricePerTerabyteUsd), pricePerTerabyteUsd, "a price is a finite, non-negative number of US dollars");

    /// <summary>Bytes Athena bills for a query that scanned <paramref name="scannedBytes"/>.</summary>
    public static long BilledBytes(long scannedBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(scannedBytes);
        var roundedUp = (scannedBytes + BytesPerMegabyte - 1) / BytesPerMegabyte * BytesPerMegabyte;
        return Math.Max(roundedUp, MinimumBilledBytes);
    }

    /// <summary>The price of one query run in US dollars.</summary>
    public double CostUsd(AthenaQueryOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (!outcome.Succeeded || outcome.ReusedPreviousResult)
        {
            return 0;
        }

        return BilledBytes(outcome.Statistics!.Value.DataScannedBytes) / BytesPerTerabyte * PricePerTerabyteUsd;
    }
}
