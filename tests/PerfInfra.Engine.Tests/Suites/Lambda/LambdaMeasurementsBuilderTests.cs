using PerfInfra.Engine.Suites.Lambda;
using PerfInfra.Engine.Suites.Measurements;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Tests.Suites.Lambda;

public sealed class LambdaMeasurementsBuilderTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static LambdaInvocationResult Cold(string function, double init, double duration, int used = 64) =>
        new(function, ColdRequested: true, new LambdaReportLine("c", duration, Math.Ceiling(duration), 512, used, init));

    private static LambdaInvocationResult Warm(string function, double duration, int used = 64) =>
        new(function, ColdRequested: false, new LambdaReportLine("w", duration, Math.Ceiling(duration), 512, used));

    [Fact]
    public void Build_ColdAndWarmInvocations_SeriesPerFunctionInCatalogUnits()
    {
        var measurements = LambdaMeasurementsBuilder.Build(
            [Cold("orders", 200, 20, used: 100), Warm("orders", 5), Warm("orders", 7, used: 128), Warm("auth", 3)],
            Start, Start.AddMinutes(1), "test");

        Assert.Equal(MetricCatalog.Lambda, measurements.Suite);
        Assert.Equal([220.0], Series(measurements, "orders", LambdaSeries.ColdStart));
        Assert.Equal([200.0], Series(measurements, "orders", LambdaSeries.InitDuration));
        Assert.Equal([5.0, 7.0], Series(measurements, "orders", LambdaSeries.Warm));
        Assert.Equal([100 / 512.0, 64 / 512.0, 128 / 512.0], Series(measurements, "orders", LambdaSeries.MemoryUsed));
        Assert.Empty(Series(measurements, "auth", LambdaSeries.ColdStart));
        Assert.Equal(4, measurements.Operations);
        Assert.Equal(0, measurements.Failures);
        Assert.Equal(2, measurements.Tables.Single().Rows.Count);
    }

    [Fact]
    public void Build_FailedInvocation_IsAFailureAndNoSample()
    {
        var failed = new LambdaInvocationResult("orders", false, new LambdaReportLine("f", 1, 1, 512, 64), "Runtime.ExitError");

        var measurements = LambdaMeasurementsBuilder.Build([Warm("orders", 5), failed], Start, Start, "test");

        Assert.Equal([5.0], Series(measurements, "orders", LambdaSeries.Warm));
        Assert.Equal(1, measurements.Failures);
        Assert.Equal(1, measurements.FailuresByKind["Runtime.ExitError"]);
    }

    [Fact]
    public void Build_ColdRequestedButWarmEnvironment_CountsAsWarmAndSaysSo()
    {
        var measurements = LambdaMeasurementsBuilder.Build(
            [new LambdaInvocationResult("auth", ColdRequested: true, new LambdaReportLine("p", 4, 4, 512, 64))], Start, Start, "test");

        Assert.Equal([4.0], Series(measurements, "auth", LambdaSeries.Warm));
        Assert.Contains("1 invocation(s) meant to be cold", measurements.Tables.Single().Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_JudgedBySuiteMetricSource_ColdStartMaxAcrossFunctions()
    {
        var measurements = LambdaMeasurementsBuilder.Build([Cold("a", 100, 10), Cold("b", 3400, 100)], Start, Start, "test");
        var source = new SuiteMetricSource(measurements);

        var all = source.Measure(new ThresholdScope(MetricCatalog.Lambda, null, null), new MetricSelector("cold_start", MetricAggregation.Max, null));
        var onlyA = source.Measure(new ThresholdScope(MetricCatalog.Lambda, "a", null), new MetricSelector("cold_start", MetricAggregation.Max, null));

        Assert.Equal(3500, all);
        Assert.Equal(110, onlyA);
    }

    private static double[] Series(SuiteMeasurements measurements, string function, string series) =>
        measurements.Samples.Where(s => s.Scope == function && s.Series == series).SelectMany(s => s.Values).ToArray();
}
