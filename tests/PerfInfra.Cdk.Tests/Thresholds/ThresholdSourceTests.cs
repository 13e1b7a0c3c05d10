using PerfInfra.Cdk.Tests.Support;
using PerfInfra.Cdk.Thresholds;
using PerfInfra.Engine.Config;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Cdk.Tests.Thresholds;

/// <summary>The alarms' thresholds are the config's, read by the engine's loader: the seed's figures in canonical units.</summary>
public sealed class ThresholdSourceTests
{
    private static readonly IReadOnlyList<ThresholdDefinition> Loaded =
        ThresholdSource.Load(RepositoryRoot.Resolve("tests/performance/load-test-config.yaml"));

    [Theory]
    [InlineData("api", null, "latency.avg", 500)]
    [InlineData("api", null, "latency.p95", 1000)]
    [InlineData("api", null, "latency.p99", 2000)]
    [InlineData("api", null, "error_rate", 0.01)]
    [InlineData("lambda", null, "cold_start.max", 3000)]
    [InlineData("lambda", null, "warm.p95", 200)]
    [InlineData("lambda", null, "memory_used.max", 0.8)]
    [InlineData("athena", "simple", "duration.p95", 2000)]
    [InlineData("athena", "complex", "duration.p95", 15000)]
    [InlineData("pipeline", null, "dms_lag.max", 60_000)]
    [InlineData("pipeline", null, "batch_duration.max", 600_000)]
    [InlineData("pipeline", null, "end_to_end.max", 1_800_000)]
    public void Load_DefaultConfig_HoldsEverySeedFigureInCanonicalUnits(string suite, string? scenario, string metric, double value)
    {
        Assert.Contains(Loaded, t =>
            t.Scope == new ThresholdScope(suite, scenario) && t.Expression.Metric.ToString() == metric && t.Expression.Value == value);
    }

    [Fact]
    public void Load_DefaultConfig_EqualsEverySuiteOfTheLoader()
    {
        var suites = ConfigLoader.LoadFile(RepositoryRoot.Resolve("tests/performance/load-test-config.yaml")).Suites;
        var expected = suites.Api.Thresholds.Count + suites.Athena!.Thresholds.Count + suites.Pipeline!.Thresholds.Count + suites.Lambda!.Thresholds.Count;

        Assert.Equal(expected, Loaded.Count);
    }

    [Fact]
    public void Load_BrokenConfig_FailsWithTheLoadersMessage()
    {
        var path = Path.Combine(Path.GetTempPath(), $"perfinfra-cdk-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "version: 1\ntarget: { base_url: demo, allow_hosts: [127.0.0.1] }\nsuites:\n  api:\n    thresholds: [\"p95 < soon\"]\n");
        try
        {
            var e = Assert.Throws<ConfigException>(() => ThresholdSource.Load(path));
            Assert.Contains(e.Errors, error => error.Line == 5);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
