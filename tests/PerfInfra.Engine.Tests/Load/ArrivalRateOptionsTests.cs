using PerfInfra.Engine.Load;

namespace PerfInfra.Engine.Tests.Load;

public sealed class ArrivalRateOptionsTests
{
    [Fact]
    public void ConstantValidate_SeveralBadValues_ReportsEveryError()
    {
        var errors = new ConstantArrivalRateOptions { RatePerSecond = 0, Duration = TimeSpan.Zero, MaxInFlight = 0 }.Validate();

        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("load.rate", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("load.duration", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("load.max_in_flight", StringComparison.Ordinal));
    }

    [Fact]
    public void ConstantShard_RateAndInFlight_AddUpToTheWhole()
    {
        var options = new ConstantArrivalRateOptions { RatePerSecond = 2000, Duration = TimeSpan.FromMinutes(5), MaxInFlight = 1000 };

        var shards = Enumerable.Range(0, 3).Select(i => (ConstantArrivalRateOptions)options.Shard(i, 3)).ToList();

        Assert.Equal(2000, shards.Sum(s => s.RatePerSecond), precision: 6);
        Assert.Equal([334, 333, 333], shards.Select(s => s.MaxInFlight));
        Assert.All(shards, s => Assert.Empty(s.Validate()));
    }

    [Fact]
    public void ConstantShard_MoreShardsThanInFlight_ExtraShardsCarryNothing()
    {
        var options = new ConstantArrivalRateOptions { RatePerSecond = 90, Duration = TimeSpan.FromSeconds(10), MaxInFlight = 2 };

        var shards = Enumerable.Range(0, 3).Select(i => (ConstantArrivalRateOptions)options.Shard(i, 3)).ToList();

        Assert.Equal([45.0, 45.0, 0.0], shards.Select(s => s.RatePerSecond));
        Assert.Equal([1, 1, 0], shards.Select(s => s.MaxInFlight));
        Assert.All(shards, s => Assert.Empty(s.Validate()));
    }

    [Fact]
    public void RampingValidate_NoStagesAndNegativeStart_ReportsEveryError()
    {
        var errors = new RampingArrivalRateOptions { StartRatePerSecond = -1, Stages = [], MaxInFlight = 0 }.Validate();

        Assert.Contains(errors, e => e.StartsWith("load.start_rate", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("load.stages", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("load.max_in_flight", StringComparison.Ordinal));
    }

    [Fact]
    public void RampingShard_EveryRateDivided_PeakAndDurationKept()
    {
        var options = new RampingArrivalRateOptions
        {
            StartRatePerSecond = 100,
            Stages = [new LoadStage(TimeSpan.FromSeconds(30), 2000), new LoadStage(TimeSpan.FromSeconds(60), 2000)],
            MaxInFlight = 500,
        };

        var shard = (RampingArrivalRateOptions)options.Shard(1, 4);

        Assert.Equal(25, shard.StartRatePerSecond, precision: 6);
        Assert.Equal(500, shard.PeakRatePerSecond!.Value, precision: 6);
        Assert.Equal(125, shard.MaxInFlight);
        Assert.Equal(TimeSpan.FromSeconds(90), shard.TotalDuration);
        Assert.Equal(2000, options.PeakRatePerSecond);
        Assert.True(options.IsOpen);
    }
}
