using PerfInfra.Cdk.Constructs.Monitoring;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Cdk.Tests.Constructs.Monitoring;

/// <summary>The mapping is plain C#: these tests need no jsii.</summary>
public sealed class ThresholdAlarmMappingTests
{
    private const int PeriodSeconds = 60;

    private static readonly MonitoredMetricNames Names = new(
        "api", "prod", "api-fn", 1024,
        new Dictionary<string, string> { ["simple"] = "wg-simple" },
        "dms-instance", "TASKID", "PerfInfra/LoadTests");

    private static ThresholdDefinition Threshold(string suite, string? scenario, MetricSelector metric, double value, MetricUnit unit,
        ThresholdOperator op = ThresholdOperator.LessThan) =>
        new(new ThresholdScope(suite, scenario), new ThresholdExpression("t", metric, op, value, unit));

    [Fact]
    public void Map_ApiPercentile_UsesApiGatewayLatencyPercentileStatistic()
    {
        var spec = ThresholdAlarmMapping.Map(
            Threshold("api", null, new("latency", MetricAggregation.Percentile, 99.9), 2000, MetricUnit.Milliseconds), Names, PeriodSeconds);

        var metric = Assert.Single(spec.Metrics);
        Assert.Equal(("AWS/ApiGateway", "Latency", "p99.9"), (metric.Namespace, metric.MetricName, metric.Statistic));
        Assert.Equal("api", metric.Dimensions["ApiName"]);
        Assert.Equal(2000, spec.AlarmThreshold);
        Assert.Equal(AlarmComparison.GreaterThanOrEqual, spec.Comparison);
    }

    [Fact]
    public void Map_ErrorRate_UsesAverageOf5XXErrorAsRatio()
    {
        var spec = ThresholdAlarmMapping.Map(Threshold("api", null, new("error_rate", MetricAggregation.Value), 0.01, MetricUnit.Ratio), Names, PeriodSeconds);

        var metric = Assert.Single(spec.Metrics);
        Assert.Equal(("5XXError", "Average"), (metric.MetricName, metric.Statistic));
        Assert.Equal(0.01, spec.AlarmThreshold);
    }

    [Fact]
    public void Map_DmsLagInMilliseconds_ConvertsToSecondsOverSourceAndTarget()
    {
        var spec = ThresholdAlarmMapping.Map(Threshold("pipeline", null, new("dms_lag", MetricAggregation.Max), 60_000, MetricUnit.Milliseconds), Names, PeriodSeconds);

        Assert.Equal(60, spec.AlarmThreshold);
        Assert.Equal(["CDCLatencySource", "CDCLatencyTarget"], spec.Metrics.Select(m => m.MetricName));
        Assert.Equal("TASKID", spec.Metrics[0].Dimensions["ReplicationTaskIdentifier"]);
        Assert.NotNull(spec.Expression);
    }

    [Fact]
    public void Map_MemoryUtilization_ScalesRatioToFunctionMemoryInMb()
    {
        var spec = ThresholdAlarmMapping.Map(Threshold("lambda", null, new("memory_used", MetricAggregation.Max), 0.8, MetricUnit.Ratio), Names, PeriodSeconds);

        Assert.Equal(0.8 * 1024, spec.AlarmThreshold, precision: 6);
        Assert.True(spec.FromReportLines);
    }

    [Fact]
    public void Map_RpsFloor_AlarmsBelowRequestsPerPeriod()
    {
        var spec = ThresholdAlarmMapping.Map(
            Threshold("api", null, new("rps", MetricAggregation.Value), 1000, MetricUnit.PerSecond, ThresholdOperator.GreaterThanOrEqual), Names, PeriodSeconds);

        Assert.Equal(60_000, spec.AlarmThreshold);
        Assert.Equal(AlarmComparison.LessThan, spec.Comparison);
        Assert.Equal("Sum", spec.Metrics[0].Statistic);
    }

    [Fact]
    public void Map_AthenaQueryClassWithWorkGroup_UsesItsTotalExecutionTime()
    {
        var spec = ThresholdAlarmMapping.Map(
            Threshold("athena", "simple", new("duration", MetricAggregation.Percentile, 95), 2000, MetricUnit.Milliseconds), Names, PeriodSeconds);

        Assert.Equal("wg-simple", spec.Metrics[0].Dimensions["WorkGroup"]);
        Assert.Equal("TotalExecutionTime", spec.Metrics[0].MetricName);
    }

    [Fact]
    public void Map_SeriesWithoutAwsMetric_FallsBackToTheTestEmfMetric()
    {
        var spec = ThresholdAlarmMapping.Map(
            Threshold("athena", "unknown-class", new("duration", MetricAggregation.Max), 5000, MetricUnit.Milliseconds), Names, PeriodSeconds);

        var metric = Assert.Single(spec.Metrics);
        Assert.Equal(("PerfInfra/LoadTests", "duration", "Maximum"), (metric.Namespace, metric.MetricName, metric.Statistic));
        Assert.Equal("unknown-class", metric.Dimensions["Scenario"]);
    }

    [Fact]
    public void Map_LatencyWithRatioUnit_ThrowsNamingTheThreshold()
    {
        var error = Assert.Throws<ArgumentException>(() => ThresholdAlarmMapping.Map(
            Threshold("api", null, new("latency", MetricAggregation.Avg), 0.5, MetricUnit.Ratio), Names, PeriodSeconds));

        Assert.Contains("latency is measured in Milliseconds", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ThresholdOperator.LessThan, AlarmComparison.GreaterThanOrEqual)]
    [InlineData(ThresholdOperator.LessThanOrEqual, AlarmComparison.GreaterThan)]
    [InlineData(ThresholdOperator.GreaterThan, AlarmComparison.LessThanOrEqual)]
    [InlineData(ThresholdOperator.GreaterThanOrEqual, AlarmComparison.LessThan)]
    public void AlarmWhenViolated_Operator_IsTheNegation(ThresholdOperator accepted, AlarmComparison expected) =>
        Assert.Equal(expected, ThresholdAlarmMapping.AlarmWhenViolated(accepted));
}
