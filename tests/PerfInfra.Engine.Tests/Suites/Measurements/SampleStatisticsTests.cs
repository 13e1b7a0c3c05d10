using CsCheck;
using PerfInfra.Engine.Suites.Measurements;

namespace PerfInfra.Engine.Tests.Suites.Measurements;

public sealed class SampleStatisticsTests
{
    [Fact]
    public void Percentile_KnownSamples_NearestRank()
    {
        double[] sorted = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];

        Assert.Equal(50, SampleStatistics.Percentile(sorted, 50));
        Assert.Equal(100, SampleStatistics.Percentile(sorted, 95));
        Assert.Equal(90, SampleStatistics.Percentile(sorted, 90));
        Assert.Equal(10, SampleStatistics.Percentile(sorted, 0));
        Assert.Equal(100, SampleStatistics.Percentile(sorted, 100));
    }

    [Fact]
    public void Percentile_NoSamples_Null() => Assert.Null(SampleStatistics.Percentile([], 95));

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    [InlineData(double.NaN)]
    public void Percentile_OutOfRange_Throws(double p) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleStatistics.Percentile([1.0], p));

    /// <summary>
    /// The nearest-rank definition, stated as properties: the answer is a sample; at least p % of the
    /// samples are at or below it; fewer than p % are strictly below it.
    /// </summary>
    [Fact]
    public void Percentile_AnySamples_IsTheSmallestSampleCoveringP() =>
        Gen.Select(Gen.Double[0, 1e6].Array[1, 300], Gen.Double[0.001, 100]).Sample((values, p) =>
        {
            var sorted = values.Order().ToArray();
            var v = SampleStatistics.Percentile(sorted, p)!.Value;
            var atOrBelow = sorted.Count(x => x <= v);
            var below = sorted.Count(x => x < v);
            return sorted.Contains(v)
                && atOrBelow >= p / 100 * sorted.Length - 1e-9
                && below < p / 100 * sorted.Length;
        });

    [Fact]
    public void Summarize_AnySamples_OrderedAndBounded() =>
        Gen.Double[-1e6, 1e6].Array[1, 200].Sample(values =>
        {
            var s = SampleStatistics.Summarize(values)!.Value;
            return s.Count == values.Length
                && s.Min <= s.P50 && s.P50 <= s.P90 && s.P90 <= s.P95 && s.P95 <= s.P99 && s.P99 <= s.Max
                && s.Min <= s.Avg + 1e-6 && s.Avg <= s.Max + 1e-6
                && s.Min == values.Min() && s.Max == values.Max();
        });

    [Fact]
    public void Summarize_NoSamples_Null() => Assert.Null(SampleStatistics.Summarize([]));
}
