namespace PerfInfra.Engine.Load;

/// <summary>
/// Open model at a fixed rate: <see cref="RatePerSecond"/> iterations start every second for
/// <see cref="Duration"/> whatever the target's latency, with at most <see cref="MaxInFlight"/> at
/// once. Latency counts from each iteration's scheduled time (coordinated omission corrected); the
/// service time (actual send → response) is kept beside it. See <see cref="OpenModelExecutor"/>.
/// </summary>
public sealed record ConstantArrivalRateOptions : LoadModelOptions
{
    /// <summary>Iterations started per second (e.g. the seed's API throttle of 2,000/s).</summary>
    public double RatePerSecond { get; init; }

    public TimeSpan Duration { get; init; }

    /// <summary>Concurrency cap: iterations (connections) in flight at once; due iterations beyond it are delayed.</summary>
    public int MaxInFlight { get; init; }

    public override string ModelName => "constant_arrival_rate";

    public override bool IsOpen => true;

    public override TimeSpan TotalDuration => Duration;

    public override int PeakConcurrency => MaxInFlight;

    public override double? PeakRatePerSecond => RatePerSecond;

    public override IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!double.IsFinite(RatePerSecond) || RatePerSecond < 0 || (RatePerSecond == 0 && !IsShard))
        {
            errors.Add($"load.rate: {RatePerSecond}/s is not allowed; use a rate > 0 (e.g. 2000/s)");
        }

        if (Duration <= TimeSpan.Zero)
        {
            errors.Add($"load.duration: {Duration} is not allowed; use a duration > 0 (e.g. 5m)");
        }

        errors.AddRange(OpenModelValidation.MaxInFlight(MaxInFlight, RatePerSecond, IsShard));
        return errors;
    }

    /// <summary>
    /// The rate split evenly, the in-flight cap split with remainders to the lowest shards; shards
    /// beyond the cap get neither (they run nothing) so no shard has a rate it cannot carry.
    /// </summary>
    public override LoadModelOptions Shard(int shardIndex, int shardCount)
    {
        ShardSplit.EnsureValid(this, shardIndex, shardCount);
        var carrying = Math.Min(shardCount, Math.Max(MaxInFlight, 1));
        return this with
        {
            RatePerSecond = shardIndex < carrying ? RatePerSecond / carrying : 0,
            MaxInFlight = ShardSplit.Split(MaxInFlight, shardIndex, shardCount),
            ShardIndex = shardIndex,
            ShardCount = shardCount,
        };
    }

    internal ArrivalSchedule Schedule() => ArrivalSchedule.Constant(RatePerSecond, Duration);
}
