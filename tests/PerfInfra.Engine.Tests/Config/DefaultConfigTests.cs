using PerfInfra.Engine.Config;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Tests.Config;

public sealed class DefaultConfigTests
{
    private static LoadTestConfig CreateSut() => ConfigLoader.LoadDefault();

    [Fact]
    public void LoadDefault_FullProfile_HasSeedSizes()
    {
        var full = CreateSut().Profiles["full"];

        Assert.Equal(ApiLoadModel.Closed, full.Api.Model);
        Assert.Equal(1000, full.Api.Users);
        Assert.Equal(TimeSpan.FromMinutes(5), full.Api.Hold);
        Assert.True(full.Api.RampUp > TimeSpan.Zero);
        Assert.Equal(new AthenaLoadSettings(50, TimeSpan.FromMinutes(10)), full.Athena);
        Assert.Equal(new PipelineLoadSettings(100_000), full.Pipeline);
        Assert.NotNull(full.Lambda);
    }

    [Fact]
    public void LoadDefault_LocalProfile_IsDefaultAndAboutAMinute()
    {
        var config = CreateSut();
        var local = config.Profiles[config.DefaultProfile];

        Assert.Equal("local", config.DefaultProfile);
        Assert.InRange(local.Api.TotalDuration, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(90));
    }

    [Fact]
    public void LoadDefault_ApiSuiteThresholds_AreTheSeeds()
    {
        var suite = CreateSut().Suites.Api.Thresholds.Where(t => t.Scope == new ThresholdScope("api")).ToList();

        AssertThreshold(suite, "latency.avg", ThresholdOperator.LessThan, 500);
        AssertThreshold(suite, "latency.p95", ThresholdOperator.LessThan, 1000);
        AssertThreshold(suite, "latency.p99", ThresholdOperator.LessThan, 2000);
        AssertThreshold(suite, "error_rate", ThresholdOperator.LessThan, 0.01);
    }

    [Fact]
    public void LoadDefault_OtherSuites_HaveSeedThresholds()
    {
        var suites = CreateSut().Suites;

        var athena = suites.Athena!.Thresholds;
        Assert.Equal(2000, athena.Single(t => t.Scope.Scenario == "simple").Expression.Value);
        Assert.Equal(15_000, athena.Single(t => t.Scope.Scenario == "complex").Expression.Value);
        AssertThreshold(suites.Pipeline!.Thresholds, "dms_lag.max", ThresholdOperator.LessThan, 60_000);
        AssertThreshold(suites.Pipeline.Thresholds, "batch_duration.max", ThresholdOperator.LessThan, 600_000);
        AssertThreshold(suites.Pipeline.Thresholds, "end_to_end.max", ThresholdOperator.LessThan, 1_800_000);
        AssertThreshold(suites.Lambda!.Thresholds, "cold_start.max", ThresholdOperator.LessThan, 3000);
        AssertThreshold(suites.Lambda.Thresholds, "warm.p95", ThresholdOperator.LessThan, 200);
        AssertThreshold(suites.Lambda.Thresholds, "memory_used.max", ThresholdOperator.LessThan, 0.8);
    }

    [Fact]
    public void LoadDefault_Scenarios_AreWeightedJourneysOnDemoRoutes()
    {
        var config = CreateSut();
        var scenarios = config.Suites.Api.Scenarios;

        Assert.Equal(["browse", "search", "checkout"], scenarios.Select(s => s.Name));
        Assert.Equal(100, scenarios.Sum(s => s.Weight));
        Assert.Null(config.Target.BaseUrl);
        var checkout = scenarios.Single(s => s.Name == "checkout");
        Assert.Equal(["POST", "POST", "GET", "POST"], checkout.Steps.Select(s => s.Method));
        Assert.Equal("{\"product_id\":42,\"quantity\":1}", checkout.Steps[1].Body);
        Assert.Equal("application/json", checkout.Steps[1].Headers["Content-Type"]);
        Assert.Equal(TimeSpan.FromSeconds(3), checkout.ThinkTime.Max);
    }

    [Fact]
    public void LoadDefault_AbortThreshold_HasGracePeriod()
    {
        var abort = Assert.Single(CreateSut().Suites.Api.Thresholds, t => t.AbortOnFail);

        Assert.Equal("error_rate", abort.Expression.Metric.ToString());
        Assert.Equal(TimeSpan.FromSeconds(30), abort.AbortGracePeriod);
    }

    [Fact]
    public void LoadDefault_OpenProfiles_AreWithinSafety()
    {
        var config = CreateSut();

        Assert.Equal(ApiLoadModel.ConstantArrivalRate, config.Profiles["throughput"].Api.Model);
        Assert.Equal(ApiLoadModel.RampingArrivalRate, config.Profiles["spike"].Api.Model);
        Assert.All(config.Profiles.Values, p =>
        {
            Assert.True(p.Api.PeakConcurrency <= config.Safety.MaxUsers, p.Name);
            Assert.True((p.Api.PeakRatePerSecond ?? 0) <= config.Safety.MaxRatePerSecond, p.Name);
            Assert.True(p.Api.TotalDuration <= config.Safety.MaxDuration, p.Name);
        });
    }

    [Fact]
    public void LoadDefault_EmbeddedText_MatchesRepositoryFile()
    {
        var file = Path.Combine(RepositoryRoot(), "tests", "performance", "load-test-config.yaml");

        Assert.Equal(File.ReadAllText(file), ConfigLoader.DefaultConfigText());
        Assert.Equal(ConfigLoader.LoadFile(file).Sha256, CreateSut().Sha256);
    }

    private static void AssertThreshold(IEnumerable<ThresholdDefinition> thresholds, string metric, ThresholdOperator op, double value)
    {
        var match = thresholds.FirstOrDefault(t => t.Expression.Metric.ToString() == metric && t.Expression.Operator == op);
        Assert.True(match is not null, $"no threshold on {metric}");
        Assert.Equal(value, match.Expression.Value, 9);
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Directory.Build.props")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}
