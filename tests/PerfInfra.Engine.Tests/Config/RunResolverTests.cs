using PerfInfra.Engine.Config;
using PerfInfra.Engine.Safety;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Tests.Config;

public sealed class RunResolverTests
{
    private static readonly HostAllowList Loopback = new(["127.0.0.1", "localhost"]);

    private static LoadTestConfig CreateSut() => ConfigLoader.LoadDefault();

    [Fact]
    public void Resolve_NoOverrides_UsesDefaultProfileAndSuites()
    {
        var config = CreateSut();

        var run = RunResolver.Resolve(config, RunOverrides.None);

        Assert.Equal("local", run.ProfileName);
        Assert.Null(run.BaseUrl);
        Assert.Equal(50, run.ApiLoad.Users);
        Assert.Same(config.Suites.Api.Scenarios, run.Scenarios);
        Assert.Same(config.Suites.Api.Thresholds, run.Thresholds);
        Assert.Equal(config.Sha256, run.ConfigSha256);
        Assert.Equal(5, run.Athena?.Concurrency);
        Assert.Equal(1000, run.Pipeline?.Records);
        Assert.Equal(3, run.Lambda?.Thresholds.Count);
    }

    [Fact]
    public void Resolve_FullProfile_HasSeedSizes()
    {
        var run = RunResolver.Resolve(CreateSut(), RunOverrides.None with { Profile = "full" });

        Assert.Equal(1000, run.ApiLoad.Users);
        Assert.Equal(TimeSpan.FromMinutes(5), run.ApiLoad.Hold);
        Assert.Equal(new AthenaRunSettings(50, TimeSpan.FromMinutes(10), "queries", run.Athena!.Thresholds), run.Athena);
        Assert.Equal(100_000, run.Pipeline!.Records);
    }

    [Fact]
    public void Resolve_ProfileWithoutOtherSuites_LeavesThemNull()
    {
        var run = RunResolver.Resolve(CreateSut(), RunOverrides.None with { Profile = "throughput" });

        Assert.Equal(ApiLoadModel.ConstantArrivalRate, run.ApiLoad.Model);
        Assert.Null(run.Athena);
        Assert.Null(run.Pipeline);
        Assert.Null(run.Lambda);
    }

    [Fact]
    public void Resolve_UsersAndDuration_OverrideClosedProfile()
    {
        var run = RunResolver.Resolve(CreateSut(), RunOverrides.None with { Users = 7, Duration = TimeSpan.FromSeconds(20) });

        Assert.Equal(ApiLoadModel.Closed, run.ApiLoad.Model);
        Assert.Equal(7, run.ApiLoad.Users);
        Assert.Equal(TimeSpan.FromSeconds(20), run.ApiLoad.Hold);
        Assert.Equal(TimeSpan.FromSeconds(10), run.ApiLoad.RampUp);
    }

    [Fact]
    public void Resolve_Rate_SwitchesToConstantArrivalRateCappedByUsers()
    {
        var run = RunResolver.Resolve(CreateSut(), RunOverrides.None with { RatePerSecond = 300 });

        Assert.Equal(ApiLoadSettings.ConstantArrivalRate(300, TimeSpan.FromSeconds(55), 50), run.ApiLoad);
    }

    [Fact]
    public void Resolve_UsersOnOpenProfile_SetsInFlightCap()
    {
        var run = RunResolver.Resolve(CreateSut(), new RunOverrides("throughput", 30, null, null, null, []));

        Assert.Equal(30, run.ApiLoad.MaxInFlight);
        Assert.Null(run.ApiLoad.Users);
    }

    [Fact]
    public void Resolve_OverridesBeyondSafety_ReportsEveryFlag()
    {
        var overrides = RunOverrides.None with { Users = 9000, RatePerSecond = 50_000, Duration = TimeSpan.FromHours(2) };

        var errors = Assert.Throws<ConfigException>(() => RunResolver.Resolve(CreateSut(), overrides)).Errors;

        Assert.Equal(["--users", "--rate", "--duration"], errors.Select(e => e.KeyPath));
        Assert.Contains("safety.max_users", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("9000", errors[0].Value);
        Assert.All(errors, e => Assert.Equal(RunResolver.CommandLine, e.File));
        Assert.StartsWith("command line: --users: expected 1 to 5000", errors[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_UnknownProfile_SuggestsClosest()
    {
        var error = Assert.Single(Assert.Throws<ConfigException>(() => RunResolver.Resolve(CreateSut(), RunOverrides.None with { Profile = "ful" })).Errors);

        Assert.Equal("--profile", error.KeyPath);
        Assert.Contains("did you mean 'full'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_TargetNotAllowed_IsAnError()
    {
        var error = Assert.Single(Assert.Throws<ConfigException>(() =>
            RunResolver.Resolve(CreateSut(), RunOverrides.None with { Target = new Uri("https://api.example.com/prod") })).Errors);

        Assert.Equal("--target", error.KeyPath);
        Assert.Contains("'api.example.com' is not on the allow-list", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_TargetAllowedByOverride_IsUsed()
    {
        var target = new Uri("https://api.example.com/prod/");

        var run = RunResolver.Resolve(CreateSut(), RunOverrides.None with { Target = target, AllowHosts = ["api.example.com"] });

        Assert.Equal(target, run.BaseUrl);
        Assert.True(run.AllowList.Allows(target));
    }

    [Fact]
    public void Resolve_DurationOnRampingProfile_IsAnError()
    {
        var error = Assert.Single(Assert.Throws<ConfigException>(() =>
            RunResolver.Resolve(CreateSut(), new RunOverrides("spike", null, null, TimeSpan.FromSeconds(10), null, []))).Errors);

        Assert.Equal("--duration", error.KeyPath);
        Assert.Contains("sum of its stages", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveQuick_ConfigTimeout_UsedForEveryRequest()
    {
        var run = RunResolver.ResolveQuick(new Uri("http://127.0.0.1:8080/"), 5, null, TimeSpan.FromSeconds(10), [], Loopback, SafetyLimits.Default, TimeSpan.FromMilliseconds(750));

        Assert.Equal(TimeSpan.FromMilliseconds(750), run.RequestTimeout);
        Assert.Equal(ConfigValueDefaults.RequestTimeout, RunResolver.ResolveQuick(new Uri("http://127.0.0.1:8080/"), 5, null, TimeSpan.FromSeconds(10), [], Loopback, SafetyLimits.Default).RequestTimeout);
    }

    [Fact]
    public void ResolveQuick_NoThresholds_UsesSeedApiThresholds()
    {
        var run = RunResolver.ResolveQuick(new Uri("http://127.0.0.1:8080/data.json?x=1"), 50, null, TimeSpan.FromSeconds(10), [], Loopback, SafetyLimits.Default);

        Assert.Equal(new Uri("http://127.0.0.1:8080/"), run.BaseUrl);
        var step = Assert.Single(Assert.Single(run.Scenarios).Steps);
        Assert.Equal(("GET", "/data.json?x=1"), (step.Method, step.Path));
        Assert.True(run.Scenarios[0].ThinkTime.IsNone);
        Assert.Equal(ApiLoadSettings.Closed(50, TimeSpan.Zero, TimeSpan.FromSeconds(10), TimeSpan.Zero), run.ApiLoad);
        Assert.Equal(["latency.avg", "latency.p95", "latency.p99", "error_rate"], run.Thresholds.Select(t => t.Expression.Metric.ToString()));
    }

    [Fact]
    public void ResolveQuick_Rate_IsOpenModelWithUsersInFlight()
    {
        var run = RunResolver.ResolveQuick(new Uri("http://localhost/"), 20, 500, TimeSpan.FromSeconds(5), ["p99 < 50ms"], Loopback, SafetyLimits.Default);

        Assert.Equal(ApiLoadSettings.ConstantArrivalRate(500, TimeSpan.FromSeconds(5), 20), run.ApiLoad);
        Assert.Equal(50, Assert.Single(run.Thresholds).Expression.Value);
    }

    [Fact]
    public void ResolveQuick_BadInputs_ReportsEveryFlag()
    {
        var errors = Assert.Throws<ConfigException>(() => RunResolver.ResolveQuick(
            new Uri("https://example.com/"), 0, null, TimeSpan.FromSeconds(5), ["p95 < soon"], Loopback, SafetyLimits.Default)).Errors;

        Assert.Equal(["--url", "--users", "--threshold"], errors.Select(e => e.KeyPath));
        Assert.Equal("p95 < soon", errors[2].Value);
    }

    [Fact]
    public void ResolveQuick_SameInputs_SameIdentityHash()
    {
        ResolvedRun Run(int users) => RunResolver.ResolveQuick(new Uri("http://localhost/"), users, null, TimeSpan.FromSeconds(5), [], Loopback, SafetyLimits.Default);

        Assert.Equal(Run(5).ConfigSha256, Run(5).ConfigSha256);
        Assert.NotEqual(Run(5).ConfigSha256, Run(6).ConfigSha256);
    }

    [Fact]
    public void ToApiSuitePlan_CarriesResolvedParts()
    {
        var run = RunResolver.Resolve(CreateSut(), RunOverrides.None);

        var plan = run.ToApiSuitePlan(new FakeLoad());

        Assert.Same(run.Scenarios, plan.Scenarios);
        Assert.Same(run.AllowList, plan.AllowList);
        Assert.Equal(TimeSpan.FromSeconds(10), plan.RequestTimeout);
        Assert.IsType<FakeLoad>(plan.Load);
    }

    private sealed record FakeLoad : Engine.Load.LoadModelOptions
    {
        public override string ModelName => "fake";

        public override bool IsOpen => false;

        public override TimeSpan TotalDuration => TimeSpan.Zero;

        public override int PeakConcurrency => 0;

        public override double? PeakRatePerSecond => null;

        public override IReadOnlyList<string> Validate() => [];

        public override Engine.Load.LoadModelOptions Shard(int shardIndex, int shardCount) => this;
    }
}
