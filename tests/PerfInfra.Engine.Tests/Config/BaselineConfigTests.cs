using PerfInfra.Engine.Config;
using PerfInfra.Engine.Reporting.Baseline;

namespace PerfInfra.Engine.Tests.Config;

/// <summary>The optional baseline section: compare every run with an earlier report, optionally gated.</summary>
public sealed class BaselineConfigTests
{
    private const string File = "perf.yaml";

    private const string Minimal = ConfigLoaderTests.Minimal;

    [Fact]
    public void LoadText_NoBaselineSection_HasNoBaseline()
    {
        Assert.Null(ConfigLoader.LoadText(Minimal, File).Baseline);
    }

    [Fact]
    public void LoadText_BaselineWithTolerances_ReachesTheResolvedRun()
    {
        var yaml = Minimal + "\nbaseline:\n  path: latest\n  gate: true\n  tolerances: { latency_percent: 20, error_rate_points: 1, rps_percent: 5 }\n";

        var config = ConfigLoader.LoadText(yaml, File);
        var resolved = RunResolver.Resolve(config, RunOverrides.None);

        Assert.Equal(new BaselineOptions("latest", true, new RegressionTolerances(20, 1, 5)), config.Baseline);
        Assert.Equal(config.Baseline, resolved.Baseline);
    }

    [Fact]
    public void LoadText_BaselineWithoutTolerances_UsesTheDefaults()
    {
        var config = ConfigLoader.LoadText(Minimal + "\nbaseline: { path: reports/20261101-090000 }\n", File);

        Assert.False(config.Baseline!.Gate);
        Assert.Equal(RegressionTolerances.Default, config.Baseline.EffectiveTolerances);
    }

    [Fact]
    public void LoadText_BadBaseline_ReportsEveryErrorWithItsKey()
    {
        // Line 18 holds the tolerances: an rps tolerance above 100 % and a misspelt key.
        var yaml = Minimal + "\nbaseline:\n  gate: maybe\n  tolerances: { rps_percent: 150, latency_pct: 10 }\n";

        var e = Assert.Throws<ConfigException>(() => ConfigLoader.LoadText(yaml, File));

        Assert.Contains(e.Errors, x => x.KeyPath == "baseline.gate");
        Assert.Contains(e.Errors, x => x.KeyPath.StartsWith("baseline.tolerances.rps_percent", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x.KeyPath.Contains("latency_pct", StringComparison.Ordinal) && x.Message.Contains("latency_percent", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x.Message.Contains("path", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_Schema_DescribesTheBaselineSection()
    {
        var schema = System.Text.Json.Nodes.JsonNode.Parse(ConfigJsonSchema.Generate())!;

        Assert.NotNull(schema["properties"]!["baseline"]!["properties"]!["tolerances"]);
    }
}
