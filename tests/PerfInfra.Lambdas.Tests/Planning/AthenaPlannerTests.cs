using PerfInfra.Engine.Config;
using PerfInfra.Lambdas.Planning;
using PerfInfra.Lambdas.Tests.Support;

namespace PerfInfra.Lambdas.Tests.Planning;

public sealed class AthenaPlannerTests
{
    [Theory]
    [InlineData(50, 6, 9)]
    [InlineData(5, 6, 1)]
    [InlineData(6, 6, 1)]
    [InlineData(7, 6, 2)]
    [InlineData(5000, 6, 33)]
    [InlineData(10, 500, 1)]
    public void Rounds_FillEveryConcurrentSlotOnceWithinTheCap(int concurrency, int queries, int expected) =>
        Assert.Equal(expected, AthenaPlanner.Rounds(concurrency, queries));

    [Fact]
    public void Plan_BuiltInConfigFullProfile_EveryQueryOfTheBuiltInSetPerRound()
    {
        var run = RunResolver.Resolve(ConfigLoader.LoadDefault(), new RunOverrides("full", null, null, null, null, []));

        var plan = AthenaPlanner.Plan(run, TestSettings.Create());

        Assert.Equal(50, plan.Concurrency);
        Assert.Equal(9, plan.Rounds);
        Assert.Equal(54, plan.Executions.Count);
        Assert.Contains(plan.Executions, e => e.QueryClass == "simple" && e.Query == "daily_revenue" && e.Sql.Contains("FROM orders", StringComparison.Ordinal));
        Assert.Contains(plan.Executions, e => e.QueryClass == "complex");
    }

    [Fact]
    public void Plan_ConfigFileWithoutQueriesFolder_RejectedNamingTheFolder()
    {
        var run = RunResolver.Resolve(ConfigLoader.LoadDefault(), new RunOverrides("full", null, null, null, null, []));
        var settings = TestSettings.Create(new() { [LambdaSettings.ConfigFileVariable] = "no-such-dir/load-test-config.yaml" });

        var error = Assert.Throws<PlanRejectedException>(() => AthenaPlanner.Plan(run, settings));

        Assert.Contains(Path.Combine("no-such-dir", "queries"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ProfileWithoutAthena_Rejected()
    {
        var run = RunResolver.Resolve(ConfigLoader.LoadText(TestConfigs.Yaml, "test.yaml"), RunOverrides.None);

        var error = Assert.Throws<PlanRejectedException>(() => AthenaPlanner.Plan(run, TestSettings.Create()));

        Assert.Contains("no athena section", error.Message, StringComparison.Ordinal);
    }
}
