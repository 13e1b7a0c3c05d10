using PerfInfra.Engine.Config;
using PerfInfra.Lambdas.Contracts;
using PerfInfra.Lambdas.Planning;

namespace PerfInfra.Lambdas.Tests.Planning;

public sealed class LambdaSuitePlannerTests
{
    private static readonly SuiteSelection LambdaOnly = new(false, false, false, true);

    private static ResolvedRun FullProfile() =>
        RunResolver.Resolve(ConfigLoader.LoadDefault(), new RunOverrides("full", null, null, null, new Uri("http://127.0.0.1:9/"), []));

    [Fact]
    public void Plan_LambdaRequested_CountsFromTheProfile()
    {
        var plan = LambdaSuitePlanner.Plan(LambdaOnly, FullProfile());

        // tests/performance/load-test-config.yaml, profile full: 10 cold starts and 100 warm invocations, every function.
        Assert.NotNull(plan);
        Assert.Equal(10, plan.ColdStarts);
        Assert.Equal(100, plan.WarmInvocations);
        Assert.Empty(plan.Functions);
    }

    [Fact]
    public void Plan_NotRequested_IsNull()
    {
        Assert.Null(LambdaSuitePlanner.Plan(new SuiteSelection(true, false, false, false), FullProfile()));
    }

    [Fact]
    public void Plan_ProfileDoesNotSizeTheSuite_RejectedNamingTheProfile()
    {
        var error = Assert.Throws<PlanRejectedException>(() => LambdaSuitePlanner.Plan(LambdaOnly, FullProfile() with { Lambda = null }));

        Assert.Contains("suites: 'lambda' needs", error.Message, StringComparison.Ordinal);
        Assert.Contains("profile 'full'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ZeroCounts_RejectedListingBoth()
    {
        var error = Assert.Throws<PlanRejectedException>(() =>
            LambdaSuitePlanner.Plan(LambdaOnly, FullProfile() with { Lambda = new LambdaRunSettings(0, 0, [], []) }));

        Assert.Contains("cold_starts: 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("warm_invocations: 0", error.Message, StringComparison.Ordinal);
    }
}
