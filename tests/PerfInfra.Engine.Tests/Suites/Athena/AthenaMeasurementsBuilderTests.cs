using CsCheck;
using PerfInfra.Engine.Suites.Athena;
using PerfInfra.Engine.Suites.Measurements;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Tests.Suites.Athena;

public sealed class AthenaMeasurementsBuilderTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Build_TwoClasses_SamplesPerClassAndFailuresOnlyCounted()
    {
        var outcomes = new[]
        {
            Ok("simple", "daily_revenue", 800, 1_000_000),
            Ok("simple", "daily_revenue", 1200, 1_000_000),
            new AthenaQueryOutcome("simple", "broken", null, AthenaFailureKinds.QueryError, "SYNTAX_ERROR"),
            Ok("complex", "funnel", 9000, 500_000_000),
        };

        var m = CreateSut().Build(outcomes, Start, Start.AddMinutes(1));

        Assert.Equal("athena", m.Suite);
        Assert.Equal(4, m.Operations);
        Assert.Equal(1, m.Failures);
        Assert.Equal(1, m.FailuresByKind[AthenaFailureKinds.QueryError]);
        Assert.Equal([800.0, 1200.0], Samples(m, "simple", AthenaSeries.Duration));
        Assert.Equal([9000.0], Samples(m, "complex", AthenaSeries.Duration));
        Assert.Equal([500_000_000.0], Samples(m, "complex", AthenaSeries.BytesScanned));
        Assert.Equal([100.0, 100.0], Samples(m, "simple", AthenaSeries.QueueTime));
    }

    [Fact]
    public void Build_Cost_TotalIsTheSumOfTheClasses()
    {
        var m = CreateSut().Build([Ok("simple", "a", 1, 1L << 40), Ok("complex", "b", 1, 2L << 40)], Start, Start);

        Assert.Equal(5.0, Value(m, "simple"), 9);
        Assert.Equal(10.0, Value(m, "complex"), 9);
        Assert.Equal(15.0, Value(m, null), 9);
    }

    [Fact]
    public void Build_PerQueryTable_OneRowPerQueryWithItsFailures()
    {
        var m = CreateSut().Build(
            [Ok("simple", "a", 1000, 1), Ok("simple", "a", 3000, 1), new AthenaQueryOutcome("simple", "b", null, AthenaFailureKinds.Cancelled, "user")],
            Start, Start);

        var table = Assert.Single(m.Tables);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["simple", "a", "2", "0"], table.Rows[0].Take(4));
        Assert.Equal("3.000 s", table.Rows[0][5]);
        Assert.Equal(["simple", "b", "1", "1"], table.Rows[1].Take(4));
        Assert.StartsWith("cancelled", table.Rows[1][^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ThresholdOnClass_JudgedFromThatClassOnly()
    {
        var m = CreateSut().Build([Ok("simple", "a", 500, 1), Ok("complex", "b", 20_000, 1)], Start, Start);
        var source = new SuiteMetricSource(m);
        var p95 = new MetricSelector("duration", MetricAggregation.Percentile, 95);

        Assert.Equal(500, source.Measure(new ThresholdScope("athena", "simple"), p95));
        Assert.Equal(20_000, source.Measure(new ThresholdScope("athena", "complex"), p95));
    }

    [Fact]
    public void Build_AnyOutcomes_SamplesPlusFailuresAccountForEveryRun()
    {
        var outcome = Gen.Select(Gen.OneOfConst("simple", "complex"), Gen.Double[0, 60_000], Gen.Long[0, 1L << 40], Gen.Bool)
            .Select((c, ms, bytes, fails) => fails
                ? new AthenaQueryOutcome(c, "q", null, AthenaFailureKinds.Failed, "x")
                : Ok(c, "q", ms, bytes));
        outcome.Array[0, 50].Sample(outcomes =>
        {
            var m = CreateSut().Build(outcomes, Start, Start);
            var samples = m.Samples.Where(s => s.Series == AthenaSeries.Duration).Sum(s => s.Values.Count);
            var durations = m.Samples.Where(s => s.Series == AthenaSeries.Duration).SelectMany(s => s.Values).Order().ToArray();
            var expected = outcomes.Where(o => o.Succeeded).Select(o => o.Statistics!.Value.TotalExecutionMs).Order().ToArray();
            return samples + m.Failures == outcomes.Length && m.Operations == outcomes.Length && durations.SequenceEqual(expected)
                && m.Values.Single(v => v.Scope is null).Value >= 0;
        });
    }

    private static AthenaMeasurementsBuilder CreateSut() => new(new AthenaPricing(5.0));

    private static AthenaQueryOutcome Ok(string queryClass, string name, double ms, long bytes) =>
        new(queryClass, name, new AthenaQueryStatistics(ms, 100, 50, ms - 150, 0, bytes));

    private static double[] Samples(SuiteMeasurements m, string scope, string series) =>
        m.Samples.Single(s => s.Scope == scope && s.Series == series).Values.ToArray();

    private static double Value(SuiteMeasurements m, string? scope) =>
        m.Values.Single(v => v.Scope == scope && v.Series == AthenaSeries.Cost).Value;
}
