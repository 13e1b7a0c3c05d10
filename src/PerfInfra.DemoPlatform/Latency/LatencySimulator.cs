using PerfInfra.DemoPlatform.Randomness;

namespace PerfInfra.DemoPlatform.Latency;

/// <summary>
/// Simulates backend work by waiting, never by spinning or blocking a thread: a timer-based
/// <see cref="Task.Delay(TimeSpan, TimeProvider, CancellationToken)"/> lets 1000 concurrent requests
/// wait on 2 cores without starving the thread pool.
/// </summary>
internal sealed class LatencySimulator(
    LatencyProfile profile,
    DemoPlatformSwitches switches,
    IRandomSource random,
    TimeProvider timeProvider)
{
    public Task DelayAsync(RouteClass routeClass, CancellationToken cancellationToken)
    {
        var delay = Sample(profile.For(routeClass), random) * switches.Current.LatencyScale;
        return delay <= TimeSpan.Zero
            ? Task.CompletedTask
            : Task.Delay(delay, timeProvider, cancellationToken);
    }

    /// <summary>One draw from the distribution (before the runtime latency scale).</summary>
    internal static TimeSpan Sample(LatencyDistribution distribution, IRandomSource random)
    {
        var milliseconds = SampleLogNormal(distribution, random);
        if (distribution.OutlierProbability > 0 && random.NextDouble() < distribution.OutlierProbability)
        {
            milliseconds += distribution.OutlierMilliseconds;
        }

        return TimeSpan.FromMilliseconds(milliseconds);
    }

    private static double SampleLogNormal(LatencyDistribution distribution, IRandomSource random)
    {
        if (distribution.MedianMilliseconds <= 0)
        {
            return 0;
        }

        if (distribution.P99Milliseconds <= distribution.MedianMilliseconds)
        {
            return distribution.MedianMilliseconds;
        }

        // ln X ~ N(mu, sigma): the median is e^mu and the p99 is e^(mu + z99·sigma).
        var sigma = Math.Log(distribution.P99Milliseconds / distribution.MedianMilliseconds) / DemoPlatformDefaults.StandardNormalP99;
        var sample = distribution.MedianMilliseconds * Math.Exp(sigma * NextStandardNormal(random));
        return Math.Min(sample, distribution.P99Milliseconds * DemoPlatformDefaults.MaxSampleMultipleOfP99);
    }

    /// <summary>Box–Muller; 1 − u keeps the logarithm's argument in (0, 1].</summary>
    private static double NextStandardNormal(IRandomSource random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
