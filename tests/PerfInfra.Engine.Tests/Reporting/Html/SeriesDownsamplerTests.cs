using PerfInfra.Engine.Reporting.Html.Charts;

namespace PerfInfra.Engine.Tests.Reporting.Html;

public sealed class SeriesDownsamplerTests
{
    [Fact]
    public void Downsample_Max_KeepsASpike()
    {
        var points = Enumerable.Range(0, 3600).Select(i => new ChartPoint(i, i == 1234 ? 5000 : 10)).ToList();

        var result = SeriesDownsampler.Downsample(points, 320, SeriesDownsampler.Merge.Max);

        Assert.InRange(result.Count, 300, 320);
        Assert.Equal(5000, result.Max(p => p.Y));
    }

    [Fact]
    public void Downsample_Mean_KeepsTheRate()
    {
        var points = Enumerable.Range(0, 1000).Select(i => new ChartPoint(i, i % 2 == 0 ? 100 : 200)).ToList();

        var result = SeriesDownsampler.Downsample(points, 100, SeriesDownsampler.Merge.Mean);

        Assert.All(result, p => Assert.Equal(150, p.Y));
    }

    [Fact]
    public void Downsample_AllGapsInABucket_StaysAGap()
    {
        var points = Enumerable.Range(0, 100).Select(i => new ChartPoint(i, i < 50 ? null : 1)).ToList();

        var result = SeriesDownsampler.Downsample(points, 10, SeriesDownsampler.Merge.Max);

        Assert.Null(result[0].Y);
        Assert.Equal(1, result[^1].Y);
    }

    [Fact]
    public void Downsample_ShortSeries_IsUntouched()
    {
        var points = new List<ChartPoint> { new(0, 1), new(1, 2) };

        Assert.Same(points, SeriesDownsampler.Downsample(points, 320, SeriesDownsampler.Merge.Max));
    }
}
