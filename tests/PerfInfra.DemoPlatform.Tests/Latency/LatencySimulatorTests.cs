using PerfInfra.DemoPlatform.Latency;
using PerfInfra.DemoPlatform.Randomness;
using PerfInfra.DemoPlatform.Tests.Support;

namespace PerfInfra.DemoPlatform.Tests.Latency;

public sealed class LatencySimulatorTests
{
    private const int Draws = 50_000;

    [Fact]
    public void Sample_LogNormal_MatchesConfiguredMedianAndP99()
    {
        var distribution = new LatencyDistribution(MedianMilliseconds: 100, P99Milliseconds: 500);

        var sorted = Draw(distribution);

        Assert.InRange(Percentile(sorted, 0.50), 95, 105);
        Assert.InRange(Percentile(sorted, 0.99), 450, 550);
        Assert.True(sorted[^1] <= 500 * DemoPlatformDefaults.MaxSampleMultipleOfP99);
        Assert.True(sorted[0] > 0);
    }

    [Fact]
    public void Sample_WithOutliers_AddsOutlierTimeToAboutThatFraction()
    {
        var distribution = new LatencyDistribution(MedianMilliseconds: 10, P99Milliseconds: 10, OutlierProbability: 0.02, OutlierMilliseconds: 1000);

        var sorted = Draw(distribution);
        var outliers = sorted.Count(ms => ms >= 1000);

        Assert.InRange(outliers / (double)Draws, 0.017, 0.023);
        Assert.All(sorted, ms => Assert.True(Math.Abs(ms - 10) < 1e-9 || Math.Abs(ms - 1010) < 1e-9));
    }

    [Fact]
    public void Sample_Constant_AlwaysThatValue()
    {
        var sorted = Draw(LatencyDistribution.Constant(42));

        Assert.Equal(42, sorted[0], precision: 9);
        Assert.Equal(42, sorted[^1], precision: 9);
    }

    [Fact]
    public async Task DelayAsync_ScaleZero_CompletesWithoutWaiting()
    {
        var switches = new DemoPlatformSwitches(new DemoPlatformOptions { LatencyScale = 0 }.InitialSwitches);
        var sut = new LatencySimulator(LatencyProfile.Uniform(LatencyDistribution.Constant(10_000)), switches, new ScriptedRandomSource(0.5), TimeProvider.System);

        var delay = sut.DelayAsync(RouteClass.Checkout, CancellationToken.None);

        Assert.True(delay.IsCompleted);
        await delay;
    }

    [Fact]
    public async Task DelayAsync_Cancelled_StopsWaiting()
    {
        var switches = new DemoPlatformSwitches(new DemoPlatformOptions().InitialSwitches);
        var sut = new LatencySimulator(LatencyProfile.Uniform(LatencyDistribution.Constant(60_000)), switches, new ScriptedRandomSource(0.5), TimeProvider.System);
        using var cts = new CancellationTokenSource();

        var delay = sut.DelayAsync(RouteClass.Search, cts.Token);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => delay);
    }

    [Fact]
    public void Validate_BadDistributions_ReportsEveryOne()
    {
        var profile = LatencyProfile.Realistic with
        {
            Search = new LatencyDistribution(-1, 10),
            Checkout = new LatencyDistribution(100, 50, OutlierProbability: 2),
        };

        var errors = profile.Validate();

        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.Contains("Search.MedianMilliseconds"));
        Assert.Contains(errors, e => e.Contains("Checkout.P99Milliseconds"));
        Assert.Contains(errors, e => e.Contains("Checkout.OutlierProbability"));
    }

    [Fact]
    public void Realistic_IsValidAndReadsCheaperThanWrites()
    {
        var profile = LatencyProfile.Realistic;

        Assert.Empty(profile.Validate());
        Assert.True(profile.ProductDetail.MedianMilliseconds < profile.CartWrite.MedianMilliseconds);
        Assert.True(profile.CartRead.MedianMilliseconds < profile.CartWrite.MedianMilliseconds);
        Assert.True(profile.Search.MedianMilliseconds > profile.ProductList.MedianMilliseconds);
        Assert.True(profile.Checkout.MedianMilliseconds >= profile.Search.MedianMilliseconds);
    }

    private static double[] Draw(LatencyDistribution distribution)
    {
        IRandomSource random = new SeededRandomSource(DemoPlatformDefaults.RandomSeed);
        var samples = new double[Draws];
        for (var i = 0; i < Draws; i++)
        {
            samples[i] = LatencySimulator.Sample(distribution, random).TotalMilliseconds;
        }

        Array.Sort(samples);
        return samples;
    }

    private static double Percentile(double[] sorted, double quantile) => sorted[(int)(quantile * (sorted.Length - 1))];
}
