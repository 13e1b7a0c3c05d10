using PerfInfra.Engine.Config;

namespace PerfInfra.Engine.Tests.Config;

/// <summary>profiles.&lt;name&gt;.lambda.memory_sweep and sweep_invocations: read, resolved, and refused with one clear error each.</summary>
public sealed class MemorySweepConfigTests
{
    private const string File = "perf.yaml";

    private static string Config(string lambdaProfile) => ConfigLoaderTests.Minimal
        .Replace("    api: { model: closed, users: 10, duration: 10s }", "    api: { model: closed, users: 10, duration: 10s }\n    lambda: " + lambdaProfile, StringComparison.Ordinal)
        + "\n  lambda:\n    thresholds: [\"cold_start.max < 3000ms\"]\n";

    [Fact]
    public void LoadText_Sweep_ResolvedIntoTheRunWithItsInvocations()
    {
        var config = ConfigLoader.LoadText(Config("{ cold_starts: 1, warm_invocations: 2, memory_sweep: [512, 1024, 2048], sweep_invocations: 5 }"), File);

        var run = RunResolver.Resolve(config, new RunOverrides(null, null, null, null, null, []));

        Assert.Equal([512, 1024, 2048], run.Lambda!.MemorySweepMb);
        Assert.Equal(5, run.Lambda.SweepInvocations);
    }

    [Fact]
    public void LoadText_NoSweep_EmptyAndTheDefaultInvocations()
    {
        var lambda = RunResolver.Resolve(ConfigLoader.LoadText(Config("{ cold_starts: 1, warm_invocations: 2 }"), File), new RunOverrides(null, null, null, null, null, [])).Lambda!;

        Assert.Empty(lambda.MemorySweepMb);
        Assert.Equal(MemorySweepDefaults.Invocations, lambda.SweepInvocations);
    }

    [Theory]
    [InlineData("[512, 64]", "profiles.local.lambda.memory_sweep[1]", "64")]
    [InlineData("[512, 20480]", "profiles.local.lambda.memory_sweep[1]", "20480")]
    [InlineData("[1024, 1024]", "profiles.local.lambda.memory_sweep[1]", "1024")]
    [InlineData("[1024]", "profiles.local.lambda.memory_sweep", null)]
    [InlineData("[128, 256, 384, 512, 640, 768, 896, 1024, 1152, 1280, 1408]", "profiles.local.lambda.memory_sweep", null)]
    [InlineData("1024", "profiles.local.lambda.memory_sweep", "1024")]
    public void LoadText_BadSweep_OneErrorAtTheKey(string sweep, string keyPath, string? value)
    {
        var error = Assert.Single(Assert.Throws<ConfigException>(() => ConfigLoader.LoadText(Config($"{{ cold_starts: 1, warm_invocations: 2, memory_sweep: {sweep} }}"), File)).Errors);

        Assert.Equal(keyPath, error.KeyPath);
        if (value is not null)
        {
            Assert.Equal(value, error.Value);
        }

        Assert.Equal(9, error.Line);
    }

    [Fact]
    public void LoadText_OneSweepInvocation_RefusedAsNothingWarmWouldRemain()
    {
        var error = Assert.Single(Assert.Throws<ConfigException>(() => ConfigLoader.LoadText(Config("{ cold_starts: 1, warm_invocations: 2, memory_sweep: [512, 1024], sweep_invocations: 1 }"), File)).Errors);

        Assert.Equal("profiles.local.lambda.sweep_invocations", error.KeyPath);
    }
}
