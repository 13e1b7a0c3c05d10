using System.Xml.Linq;
using PerfInfra.Engine.Reporting.Html.Charts;

namespace PerfInfra.Engine.Tests.Reporting.Html;

public sealed class SvgLineChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static LineChart Chart(params ChartSeries[] series) =>
        new("c1", "latency <b>", "time", "ms", series, x => $"{x}s", y => $"{y}");

    [Fact]
    public void Render_SeriesWithGap_DrawsOnePolylinePerRunAndCountsPoints()
    {
        var points = new ChartPoint[] { new(0, 10), new(1, 20), new(2, null), new(3, 30), new(4, 40), new(5, 50) };

        var svg = XElement.Parse(SvgLineChart.Render(Chart(new ChartSeries("p50", "s-p50", points))));

        var polylines = svg.Descendants(Svg + "polyline").ToList();
        Assert.Equal(2, polylines.Count);
        Assert.Equal(2, polylines[0].Attribute("points")!.Value.Split(' ').Length);
        Assert.Equal(3, polylines[1].Attribute("points")!.Value.Split(' ').Length);
        Assert.Equal("5", svg.Attribute("data-points")!.Value);
    }

    [Fact]
    public void Render_HigherValue_IsDrawnHigherOnThePage()
    {
        var svg = XElement.Parse(SvgLineChart.Render(Chart(new ChartSeries("p50", "s-p50", [new(0, 10), new(1, 100)]))));

        var coords = svg.Descendants(Svg + "polyline").Single().Attribute("points")!.Value.Split(' ')
            .Select(p => p.Split(',').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToList();
        Assert.True(coords[1][1] < coords[0][1], "SVG y grows downwards: the larger value must have the smaller y");
        Assert.True(coords[1][0] > coords[0][0]);
        Assert.All(coords, c => Assert.InRange(c[0], 0, SvgLineChart.Width));
        Assert.All(coords, c => Assert.InRange(c[1], 0, SvgLineChart.Height));
    }

    [Fact]
    public void Render_LonePointBetweenGaps_IsADot()
    {
        var svg = XElement.Parse(SvgLineChart.Render(Chart(new ChartSeries("p99", "s-p99", [new(0, null), new(1, 5), new(2, null)]))));

        Assert.Single(svg.Descendants(Svg + "circle"));
        Assert.Empty(svg.Descendants(Svg + "polyline"));
    }

    [Fact]
    public void Render_NoSamples_SaysSoAndReportsZeroPoints()
    {
        var svg = XElement.Parse(SvgLineChart.Render(Chart(new ChartSeries("p50", "s-p50", []))));

        Assert.Equal("0", svg.Attribute("data-points")!.Value);
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "no samples");
    }

    [Fact]
    public void Render_TitleWithMarkup_IsEncoded()
    {
        var text = SvgLineChart.Render(Chart(new ChartSeries("<script>", "s-p50", [new(0, 1), new(1, 2)])));

        Assert.DoesNotContain("<script>", text);
        Assert.DoesNotContain("<b>", text);
        Assert.Contains("&lt;script&gt;", text);
    }
}
