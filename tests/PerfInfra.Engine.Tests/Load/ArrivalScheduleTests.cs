using PerfInfra.Engine.Load;

namespace PerfInfra.Engine.Tests.Load;

public sealed class ArrivalScheduleTests
{
    [Fact]
    public void Constant_200PerSecondFor1Second_Plans200EvenlySpacedFromZero()
    {
        var due = ArrivalSchedule.Constant(200, TimeSpan.FromSeconds(1)).DueTimes().ToList();

        Assert.Equal(200, due.Count);
        Assert.Equal(TimeSpan.Zero, due[0]);
        Assert.Equal(5.0, due[1].TotalMilliseconds, precision: 6);
        Assert.Equal(995.0, due[^1].TotalMilliseconds, precision: 6);
    }

    [Fact]
    public void Ramping_0To100Over2Seconds_PlansTheAreaUnderTheRamp()
    {
        var schedule = new ArrivalSchedule(0, [new LoadStage(TimeSpan.FromSeconds(2), 100)]);
        var due = schedule.DueTimes().ToList();

        // ∫ 50 t dt from 0 to 2 = 100 iterations; the rate doubles, so the gaps shrink.
        Assert.Equal(100, schedule.PlannedIterations);
        Assert.Equal(100, due.Count);
        Assert.True(due[^1] < TimeSpan.FromSeconds(2));
        Assert.True(due[2] - due[1] > due[^1] - due[^2]);
        // Half the iterations are due by √2 s (area 25·t² = 50).
        Assert.Equal(Math.Sqrt(2), due[50].TotalSeconds, precision: 6);
    }

    [Fact]
    public void Ramping_DownThenJump_SchedulesEveryStageInOrder()
    {
        var schedule = new ArrivalSchedule(100, [
            new LoadStage(TimeSpan.FromSeconds(1), 0),
            new LoadStage(TimeSpan.Zero, 20),
            new LoadStage(TimeSpan.FromSeconds(1), 20),
        ]);
        var due = schedule.DueTimes().ToList();

        Assert.Equal(70, schedule.PlannedIterations);
        Assert.Equal(70, due.Count);
        Assert.Equal(due.Order().ToList(), due);
        Assert.Equal(50, due.Count(d => d < TimeSpan.FromSeconds(1)));
    }
}
