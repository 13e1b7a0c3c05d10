using PerfInfra.Engine.Reporting.Html.Charts;

namespace PerfInfra.Engine.Tests.Reporting.Html;

public sealed class NiceScaleTests
{
    [Theory]
    [InlineData(0, 950, 6, new[] { 0.0, 200, 400, 600, 800, 1000 })]
    [InlineData(0, 300, 8, new[] { 0.0, 50, 100, 150, 200, 250, 300 })]
    [InlineData(0, 0.7, 6, new[] { 0.0, 0.2, 0.4, 0.6, 0.8 })]
    public void Ticks_Range_FallOnOneTwoFiveSteps(double min, double max, int maxTicks, double[] expected)
    {
        Assert.Equal(expected, NiceScale.Ticks(min, max, maxTicks));
    }

    [Fact]
    public void Ticks_FlatRange_StillSpansAUnit()
    {
        var ticks = NiceScale.Ticks(0, 0, 6);

        Assert.Equal(0, ticks[0]);
        Assert.True(ticks[^1] >= 1);
    }

    [Fact]
    public void Ticks_AnyRange_CoversTheData()
    {
        var random = new Random(7);
        for (var i = 0; i < 500; i++)
        {
            var min = random.NextDouble() * 1000;
            var max = min + (random.NextDouble() * Math.Pow(10, random.Next(-2, 7)));

            var ticks = NiceScale.Ticks(min, max, 6);

            Assert.True(ticks[0] <= min && ticks[^1] >= max, $"[{min}, {max}] → {string.Join(", ", ticks)}");
            Assert.InRange(ticks.Count, 2, 12);
        }
    }

    [Fact]
    public void Ticks_InvalidRange_Throws()
    {
        Assert.Throws<ArgumentException>(() => NiceScale.Ticks(5, 1, 6));
        Assert.Throws<ArgumentException>(() => NiceScale.Ticks(double.NaN, 1, 6));
    }
}
