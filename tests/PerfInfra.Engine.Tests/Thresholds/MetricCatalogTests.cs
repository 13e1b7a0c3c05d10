using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Tests.Thresholds;

public sealed class MetricCatalogTests
{
    [Theory]
    [InlineData("api", "latency")]
    [InlineData("athena", "duration")]
    public void DefaultSeries_SuitesWithDefault_ReturnIt(string suite, string series) =>
        Assert.Equal(series, MetricCatalog.DefaultSeries(suite)?.Name);

    [Theory]
    [InlineData("pipeline")]
    [InlineData("lambda")]
    public void DefaultSeries_SuitesWithoutDefault_ReturnNull(string suite) =>
        Assert.Null(MetricCatalog.DefaultSeries(suite));

    [Fact]
    public void SeriesOf_EverySuite_NamesAreUniqueAndSnakeCase()
    {
        foreach (var suite in MetricCatalog.Suites)
        {
            var names = MetricCatalog.SeriesOf(suite).Select(s => s.Name).ToList();
            Assert.Equal(names.Count, names.Distinct().Count());
            Assert.All(names, n => Assert.Matches("^[a-z][a-z0-9_]*$", n));
        }
    }

    [Fact]
    public void SeriesOf_BareAggregation_IsAlwaysAllowed()
    {
        var all = MetricCatalog.Suites.SelectMany(MetricCatalog.SeriesOf);

        Assert.All(all.Where(s => s.BareAggregation is not null), s => Assert.True(s.Allows(s.BareAggregation!.Value), s.Name));
    }

    [Fact]
    public void Find_LambdaMemoryUsed_IsARatio() =>
        Assert.Equal(MetricUnit.Ratio, MetricCatalog.Find("lambda", "memory_used")?.Unit);

    [Fact]
    public void AthenaCost_IsUsd_ReportedAndShownAsDollars()
    {
        Assert.Equal(MetricUnit.Usd, MetricCatalog.Find(MetricCatalog.Athena, "cost")!.Unit);
        Assert.Equal("usd", Engine.Reporting.ReportFormatting.UnitName(MetricUnit.Usd));
        Assert.Equal("$0.00004768", Engine.Reporting.ReportFormatting.Display(0.0000476812, "usd"));
        Assert.Equal("$12.50", Engine.Reporting.ReportFormatting.Display(12.5, "usd"));
        Assert.Equal(0.25, ThresholdParser.Parse("cost < 0.25", MetricCatalog.Athena).Value);
    }
}
