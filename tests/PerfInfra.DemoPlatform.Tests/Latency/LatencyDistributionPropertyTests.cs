using CsCheck;
using PerfInfra.DemoPlatform.Latency;
using PerfInfra.DemoPlatform.Randomness;

namespace PerfInfra.DemoPlatform.Tests.Latency;

public sealed class LatencyDistributionPropertyTests
{
    private static readonly Gen<LatencyDistribution> ValidDistribution =
        from median in Gen.Double[0.001, 10_000]
        from spread in Gen.Double[1, 50]
        from outlierProbability in Gen.Double[0, 1]
        from outlierMs in Gen.Double[0, 10_000]
        select new LatencyDistribution(median, median * spread, outlierProbability, outlierMs);

    [Fact]
    public void Sample_AnyValidDistribution_IsBetweenZeroAndCapPlusOutlier()
    {
        Gen.Select(ValidDistribution, Gen.Int).Sample((distribution, seed) =>
        {
            IRandomSource random = new SeededRandomSource(seed);
            for (var i = 0; i < 100; i++)
            {
                var ms = LatencySimulator.Sample(distribution, random).TotalMilliseconds;

                Assert.InRange(ms, 0, (distribution.P99Milliseconds * DemoPlatformDefaults.MaxSampleMultipleOfP99) + distribution.OutlierMilliseconds + 1e-6);
            }
        });
    }

    [Fact]
    public void Validate_AnyValidDistribution_HasNoErrors()
    {
        ValidDistribution.Sample(distribution => Assert.Empty(distribution.Validate("d")));
    }

    [Fact]
    public void Validate_P99BelowMedian_AlwaysRejected()
    {
        Gen.Select(Gen.Double[1, 10_000], Gen.Double[0.01, 0.99]).Sample((median, fraction) =>
        {
            var errors = new LatencyDistribution(median, median * fraction).Validate("d");

            Assert.Contains(errors, e => e.StartsWith("d.P99Milliseconds", StringComparison.Ordinal));
        });
    }
}
