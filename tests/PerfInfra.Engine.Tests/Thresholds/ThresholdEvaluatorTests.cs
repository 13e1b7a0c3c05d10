using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Tests.Thresholds;

public sealed class ThresholdEvaluatorTests
{
    private static readonly ThresholdScope ApiScope = new("api");

    [Fact]
    public void Evaluate_MeasuredBelowLimit_PassesWithPositiveMargin()
    {
        var outcome = Evaluate("p95 < 1000ms", 800).Single();

        Assert.True(outcome.Passed);
        Assert.Equal(800, outcome.Measured);
        Assert.Equal(200, outcome.Margin);
        Assert.Null(outcome.Reason);
    }

    [Fact]
    public void Evaluate_MeasuredAboveLimit_FailsWithNegativeMarginAndReason()
    {
        var outcome = Evaluate("avg < 500ms", 650).Single();

        Assert.False(outcome.Passed);
        Assert.Equal(-150, outcome.Margin);
        Assert.Contains("650", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_EqualToStrictLimit_Fails()
    {
        Assert.False(Evaluate("avg < 500ms", 500).Single().Passed);
        Assert.True(Evaluate("avg <= 500ms", 500).Single().Passed);
    }

    [Fact]
    public void Evaluate_GreaterThanOperator_MarginIsMeasuredMinusLimit()
    {
        var outcome = Evaluate("rps > 1000", 1200).Single();

        Assert.True(outcome.Passed);
        Assert.Equal(200, outcome.Margin);
    }

    [Fact]
    public void Evaluate_NoSamples_FailsWithNoSamplesReason()
    {
        var outcome = Evaluate("error_rate < 1%", null).Single();

        Assert.False(outcome.Passed);
        Assert.Null(outcome.Measured);
        Assert.Null(outcome.Margin);
        Assert.Equal("no samples", outcome.Reason);
    }

    [Fact]
    public void Evaluate_NaNMeasured_Fails()
    {
        var outcome = Evaluate("avg < 500ms", double.NaN).Single();

        Assert.False(outcome.Passed);
        Assert.Equal(ThresholdEvaluator.NotFiniteReason, outcome.Reason);
    }

    [Fact]
    public void Evaluate_SeveralThresholds_AsksSourceForEachScopeAndMetric()
    {
        var source = new FakeMetricSource(new Dictionary<string, double>
        {
            ["api/browse:latency.p95"] = 300,
            ["api:error_rate"] = 0.02,
        });
        var definitions = new[]
        {
            new ThresholdDefinition(new ThresholdScope("api", "browse"), ThresholdParser.Parse("p95 < 1s", "api")),
            new ThresholdDefinition(ApiScope, ThresholdParser.Parse("error_rate < 1%", "api")),
            new ThresholdDefinition(ApiScope, ThresholdParser.Parse("rps > 10", "api")),
        };

        var outcomes = ThresholdEvaluator.Evaluate(definitions, source);

        Assert.Equal([true, false, false], outcomes.Select(o => o.Passed));
        Assert.Equal("no samples", outcomes[2].Reason);
        Assert.Same(definitions[1], outcomes[1].Definition);
    }

    private static IReadOnlyList<ThresholdOutcome> Evaluate(string text, double? measured) =>
        ThresholdEvaluator.Evaluate(
            [new ThresholdDefinition(ApiScope, ThresholdParser.Parse(text, "api"))],
            new FakeMetricSource(measured));

    private sealed class FakeMetricSource : IMetricSource
    {
        private readonly Dictionary<string, double>? _values;
        private readonly double? _single;

        public FakeMetricSource(double? single) => _single = single;

        public FakeMetricSource(Dictionary<string, double> values) => _values = values;

        public double? Measure(ThresholdScope scope, MetricSelector metric) =>
            _values is null ? _single : _values.TryGetValue($"{scope}:{metric}", out var v) ? v : null;
    }
}
