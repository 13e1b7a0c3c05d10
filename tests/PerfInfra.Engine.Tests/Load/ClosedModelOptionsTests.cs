using PerfInfra.Engine.Load;

namespace PerfInfra.Engine.Tests.Load;

public sealed class ClosedModelOptionsTests
{
    private static ClosedModelOptions Seed() => new()
    {
        Users = 1000,
        RampUp = TimeSpan.FromMinutes(1),
        Hold = TimeSpan.FromMinutes(5),
        RampDown = TimeSpan.FromSeconds(30),
    };

    [Fact]
    public void Sugar_SeedShape_BecomesRampHoldRampDownStages()
    {
        var options = Seed();

        Assert.Equal(
            [new LoadStage(TimeSpan.FromMinutes(1), 1000), new LoadStage(TimeSpan.FromMinutes(5), 1000), new LoadStage(TimeSpan.FromSeconds(30), 0)],
            options.EffectiveStages);
        Assert.Equal(TimeSpan.FromSeconds(390), options.TotalDuration);
        Assert.Equal(1000, options.PeakConcurrency);
        Assert.Null(options.PeakRatePerSecond);
        Assert.False(options.IsOpen);
        Assert.Empty(options.Validate());
    }

    [Fact]
    public void Validate_SeveralBadValues_ReportsEveryError()
    {
        var errors = new ClosedModelOptions { Users = 0, RampUp = TimeSpan.FromSeconds(-1), Hold = TimeSpan.Zero, RampDown = TimeSpan.FromSeconds(-2) }.Validate();

        Assert.Equal(4, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("load.users: 0", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("load.ramp_up", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("load.duration", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("load.ramp_down", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_StagesAndUsersTogether_IsAnError()
    {
        var errors = new ClosedModelOptions { Users = 5, Stages = [new LoadStage(TimeSpan.FromSeconds(-1), -3)] }.Validate();

        Assert.Contains(errors, e => e.Contains("not both", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("load.stages[0].duration", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("load.stages[0].target", StringComparison.Ordinal));
    }

    [Fact]
    public void Shard_1000UsersIn3_RemainderGoesToLowestShardAndSumIsExact()
    {
        var shards = Enumerable.Range(0, 3).Select(i => (ClosedModelOptions)Seed().Shard(i, 3)).ToList();

        Assert.Equal([334, 333, 333], shards.Select(s => s.Users));
        Assert.All(shards, s => Assert.Equal(TimeSpan.FromSeconds(390), s.TotalDuration));
        Assert.All(shards, s => Assert.Empty(s.Validate()));
    }

    [Fact]
    public void Shard_MoreShardsThanUsers_ZeroUserShardIsValid()
    {
        var options = new ClosedModelOptions { Users = 2, Hold = TimeSpan.FromSeconds(1) };

        var third = (ClosedModelOptions)options.Shard(2, 3);

        Assert.Equal(0, third.Users);
        Assert.True(third.IsShard);
        Assert.Empty(third.Validate());
    }

    [Fact]
    public void Shard_Stages_SplitsEveryTarget()
    {
        var options = new ClosedModelOptions { Stages = [new LoadStage(TimeSpan.FromSeconds(10), 5), new LoadStage(TimeSpan.FromSeconds(10), 2)] };

        var shards = Enumerable.Range(0, 2).Select(i => (ClosedModelOptions)options.Shard(i, 2)).ToList();

        Assert.Equal([3.0, 1.0], shards[0].Stages!.Select(s => s.Target));
        Assert.Equal([2.0, 1.0], shards[1].Stages!.Select(s => s.Target));
    }

    [Fact]
    public void Shard_ShardOfAShard_Throws()
    {
        var shard = Seed().Shard(0, 2);

        Assert.Throws<InvalidOperationException>(() => shard.Shard(0, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Seed().Shard(2, 2));
    }
}
