using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Tests.Thresholds;

public sealed class ThresholdParserTests
{
    [Theory]
    [InlineData("avg < 500ms", "latency", MetricAggregation.Avg, null, ThresholdOperator.LessThan, 500)]
    [InlineData("p(95) < 1s", "latency", MetricAggregation.Percentile, 95d, ThresholdOperator.LessThan, 1000)]
    [InlineData("p95 < 1000ms", "latency", MetricAggregation.Percentile, 95d, ThresholdOperator.LessThan, 1000)]
    [InlineData("p99.9 <= 2s", "latency", MetricAggregation.Percentile, 99.9, ThresholdOperator.LessThanOrEqual, 2000)]
    [InlineData("med<300", "latency", MetricAggregation.Med, null, ThresholdOperator.LessThan, 300)]
    [InlineData("min >= 1ms", "latency", MetricAggregation.Min, null, ThresholdOperator.GreaterThanOrEqual, 1)]
    [InlineData("max < 2m", "latency", MetricAggregation.Max, null, ThresholdOperator.LessThan, 120_000)]
    [InlineData("max < 1500us", "latency", MetricAggregation.Max, null, ThresholdOperator.LessThan, 1.5)]
    [InlineData("max < 1500µs", "latency", MetricAggregation.Max, null, ThresholdOperator.LessThan, 1.5)]
    [InlineData("error_rate < 1%", "error_rate", MetricAggregation.Value, null, ThresholdOperator.LessThan, 0.01)]
    [InlineData("error_rate < 0.02", "error_rate", MetricAggregation.Value, null, ThresholdOperator.LessThan, 0.02)]
    [InlineData("rps > 1000", "rps", MetricAggregation.Value, null, ThresholdOperator.GreaterThan, 1000)]
    [InlineData("rps > 1000/s", "rps", MetricAggregation.Value, null, ThresholdOperator.GreaterThan, 1000)]
    [InlineData("rps > 120/m", "rps", MetricAggregation.Value, null, ThresholdOperator.GreaterThan, 2)]
    [InlineData("service_time.p(99) < 1h", "service_time", MetricAggregation.Percentile, 99d, ThresholdOperator.LessThan, 3_600_000)]
    [InlineData("latency.p99.9 < 2s", "latency", MetricAggregation.Percentile, 99.9, ThresholdOperator.LessThan, 2000)]
    [InlineData("AVG < 500ms", "latency", MetricAggregation.Avg, null, ThresholdOperator.LessThan, 500)]
    public void Parse_ApiForms_ReturnCanonicalSelectorAndValue(
        string text, string series, MetricAggregation aggregation, double? percentile, ThresholdOperator op, double value)
    {
        var parsed = ThresholdParser.Parse(text, "api");

        Assert.Equal(new MetricSelector(series, aggregation, percentile), parsed.Metric);
        Assert.Equal(op, parsed.Operator);
        Assert.Equal(value, parsed.Value, 9);
        Assert.Equal(text.Trim(), parsed.Text);
    }

    [Theory]
    [InlineData("cold_start.max < 3000ms", "lambda", "cold_start.max", 3000, MetricUnit.Milliseconds)]
    [InlineData("cold_start_max < 3000ms", "lambda", "cold_start.max", 3000, MetricUnit.Milliseconds)]
    [InlineData("warm.p95 < 200ms", "lambda", "warm.p95", 200, MetricUnit.Milliseconds)]
    [InlineData("memory_used.max < 80%", "lambda", "memory_used.max", 0.8, MetricUnit.Ratio)]
    [InlineData("duration.p95 < 2s", "athena", "duration.p95", 2000, MetricUnit.Milliseconds)]
    [InlineData("p95 < 15s", "athena", "duration.p95", 15_000, MetricUnit.Milliseconds)]
    [InlineData("bytes_scanned < 10GB", "athena", "bytes_scanned.max", 1e10, MetricUnit.Bytes)]
    [InlineData("dms_lag.max < 60s", "pipeline", "dms_lag.max", 60_000, MetricUnit.Milliseconds)]
    [InlineData("batch_duration < 10m", "pipeline", "batch_duration.max", 600_000, MetricUnit.Milliseconds)]
    [InlineData("end_to_end < 30m", "pipeline", "end_to_end.max", 1_800_000, MetricUnit.Milliseconds)]
    [InlineData("records_per_second > 100", "pipeline", "records_per_second", 100, MetricUnit.PerSecond)]
    public void Parse_OtherSuites_ResolveDottedSeries(string text, string suite, string metric, double value, MetricUnit unit)
    {
        var parsed = ThresholdParser.Parse(text, suite);

        Assert.Equal(metric, parsed.Metric.ToString());
        Assert.Equal(value, parsed.Value, 6);
        Assert.Equal(unit, parsed.Unit);
    }

    [Theory]
    [InlineData("", "api", "is empty")]
    [InlineData("p95 1000ms", "api", "no comparison operator")]
    [InlineData("p95 == 1000ms", "api", "operator '==' is not supported")]
    [InlineData("p95 < < 1s", "api", "more than one operator")]
    [InlineData("< 1s", "api", "no metric before the operator")]
    [InlineData("p95 <", "api", "no value after the operator")]
    [InlineData("latncy.p95 < 1s", "api", "did you mean 'latency'")]
    [InlineData("eror_rate < 1%", "api", "did you mean 'error_rate'")]
    [InlineData("cold_strat.max < 3s", "lambda", "did you mean 'cold_start'")]
    [InlineData("throughput > 5", "api", "unknown metric 'throughput' for the api suite")]
    [InlineData("p0 < 1s", "api", "bad percentile 'p0'")]
    [InlineData("p(101) < 1s", "api", "bad percentile")]
    [InlineData("p(95 < 1s", "api", "unbalanced parentheses")]
    [InlineData("latency.avgg < 1s", "api", "unknown aggregation 'avgg'")]
    [InlineData("latency < 1s", "api", "'latency' needs an aggregation")]
    [InlineData("error_rate.p95 < 1%", "api", "cannot be aggregated with 'percentile'")]
    [InlineData("avg < 5 seconds", "api", "bad value '5 seconds'")]
    [InlineData("avg < 1%", "api", "a duration")]
    [InlineData("error_rate < 150%", "api", "above 100%")]
    [InlineData("error_rate < 5", "api", "bare number above 1")]
    [InlineData("rps > 10/d", "api", "unknown unit '/d'")]
    [InlineData("avg < -5ms", "api", "bad value '-5ms'")]
    [InlineData("avg < 3000ms", "pipeline", "needs a series in the pipeline suite")]
    [InlineData("bytes_scanned < 10 parsecs", "athena", "a size")]
    public void Parse_BadText_ThrowsNamingTheBadPart(string text, string suite, string expected)
    {
        var error = Assert.Throws<ThresholdSyntaxException>(() => ThresholdParser.Parse(text, suite));

        Assert.Contains(expected, error.Detail, StringComparison.Ordinal);
        Assert.StartsWith($"threshold '", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownSuite_ThrowsArgumentException()
    {
        var error = Assert.Throws<ArgumentException>(() => ThresholdParser.Parse("avg < 1s", "soap"));

        Assert.Contains("api, athena, pipeline, lambda", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TooLong_ThrowsWithLengthLimit()
    {
        var error = Assert.Throws<ThresholdSyntaxException>(() => ThresholdParser.Parse("avg < " + new string('1', 500), "api"));

        Assert.Contains("longer than 200", error.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("p(95) < 1s", "latency.p95 < 1000ms")]
    [InlineData("error_rate < 1%", "error_rate < 1%")]
    [InlineData("rps >= 120/m", "rps >= 2/s")]
    [InlineData("batch_duration < 10m", "batch_duration.max < 600000ms")]
    public void Format_ParsedExpression_IsCanonical(string text, string canonical)
    {
        var suite = text.StartsWith("batch", StringComparison.Ordinal) ? "pipeline" : "api";

        Assert.Equal(canonical, ThresholdParser.Format(ThresholdParser.Parse(text, suite)));
    }

    [Fact]
    public void TryParse_BadText_ReturnsFalseWithDetail()
    {
        var ok = ThresholdParser.TryParse("p95 ~ 1s", "api", out var expression, out var error);

        Assert.False(ok);
        Assert.Null(expression);
        Assert.Contains("no comparison operator", error, StringComparison.Ordinal);
    }
}
