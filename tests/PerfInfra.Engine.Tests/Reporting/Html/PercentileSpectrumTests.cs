using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Reporting;
using PerfInfra.Engine.Reporting.Html.Charts;

namespace PerfInfra.Engine.Tests.Reporting.Html;

public sealed class PercentileSpectrumTests
{
    private static HdrHistogram.LongHistogram Uniform(int count)
    {
        var h = EncodedHistogram.NewHistogram();
        for (var i = 1; i <= count; i++)
        {
            h.RecordValue(i * 1_000L);
        }

        return h;
    }

    [Fact]
    public void Compute_Uniform_IsMonotoneAndEndsAtTheMaximum()
    {
        var h = Uniform(10_000);

        var points = PercentileSpectrum.Compute(h);

        Assert.Equal(0, points[0].X);
        Assert.Equal(4, points[^1].X, precision: 6);
        Assert.Equal(LatencySummary.From(h)!.Max, points[^1].Y);
        for (var i = 1; i < points.Count; i++)
        {
            Assert.True(points[i].X > points[i - 1].X);
            Assert.True(points[i].Y >= points[i - 1].Y);
        }
    }

    [Theory]
    [InlineData(1.0, 90)]
    [InlineData(2.0, 99)]
    [InlineData(3.0, 99.9)]
    public void Compute_AtWholeNines_MatchesTheReportedPercentile(double nines, double percentile)
    {
        var h = Uniform(10_000);

        var point = PercentileSpectrum.Compute(h).Single(p => Math.Abs(p.X - nines) < 1e-9);

        // Within one HdrHistogram bucket (3 significant digits) of the table's percentile.
        var expected = LatencySummary.Percentile(h, percentile);
        Assert.InRange(point.Y!.Value, expected * 0.999, expected * 1.001);
    }

    [Fact]
    public void Compute_Empty_HasNoPoints()
    {
        Assert.Empty(PercentileSpectrum.Compute(EncodedHistogram.NewHistogram()));
    }

    [Fact]
    public void Compute_SingleSample_StillDrawsALine()
    {
        var h = EncodedHistogram.NewHistogram();
        h.RecordValue(5_000);

        var points = PercentileSpectrum.Compute(h);

        Assert.True(points.Count >= 2);
        Assert.All(points, p => Assert.Equal(5, p.Y!.Value, precision: 1));
    }

    [Theory]
    [InlineData(0, "0%")]
    [InlineData(1, "90%")]
    [InlineData(3, "99.9%")]
    [InlineData(5, "99.999%")]
    public void Label_WholeNines_ReadAsPercentiles(double nines, string expected)
    {
        Assert.Equal(expected, PercentileSpectrum.Label(nines));
    }
}
