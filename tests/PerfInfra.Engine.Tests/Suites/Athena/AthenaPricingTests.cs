using CsCheck;
using PerfInfra.Engine.Suites.Athena;

namespace PerfInfra.Engine.Tests.Suites.Athena;

public sealed class AthenaPricingTests
{
    private const long MiB = 1L << 20;

    [Theory]
    [InlineData(0, 10 * MiB)]
    [InlineData(1, 10 * MiB)]
    [InlineData(10 * MiB, 10 * MiB)]
    [InlineData(10 * MiB + 1, 11 * MiB)]
    [InlineData(1L << 40, 1L << 40)]
    public void BilledBytes_RoundsUpToAMegabyteWithATenMegabyteMinimum(long scanned, long billed) =>
        Assert.Equal(billed, AthenaPricing.BilledBytes(scanned));

    [Fact]
    public void CostUsd_OneTerabyte_IsThePricePerTerabyte()
    {
        var pricing = new AthenaPricing(5.0);

        Assert.Equal(5.0, pricing.CostUsd(Outcome(1L << 40)), 9);
    }

    [Fact]
    public void CostUsd_FailedOrReused_IsZero()
    {
        var pricing = new AthenaPricing(5.0);

        Assert.Equal(0, pricing.CostUsd(new AthenaQueryOutcome("simple", "q", null, AthenaFailureKinds.QueryError, "boom")));
        Assert.Equal(0, pricing.CostUsd(Outcome(1L << 40) with { ReusedPreviousResult = true }));
    }

    [Fact]
    public void CostUsd_AnyScan_IsAtLeastTheMinimumAndGrowsWithBytes()
    {
        var pricing = new AthenaPricing(5.0);
        var minimum = pricing.CostUsd(Outcome(0));
        Gen.Select(Gen.Long[0, 1L << 45], Gen.Long[0, 1L << 45]).Sample((a, b) =>
        {
            var (small, large) = a <= b ? (a, b) : (b, a);
            return pricing.CostUsd(Outcome(small)) <= pricing.CostUsd(Outcome(large)) && pricing.CostUsd(Outcome(small)) >= minimum;
        });
    }

    [Fact]
    public void Ctor_NegativePrice_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new AthenaPricing(-1));

    private static AthenaQueryOutcome Outcome(long bytes) => new("simple", "q", new AthenaQueryStatistics(100, null, null, null, null, bytes));
}
