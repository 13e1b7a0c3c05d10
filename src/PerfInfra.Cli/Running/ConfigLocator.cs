using PerfInfra.Engine.Config;

namespace PerfInfra.Cli.Running;

/// <summary>
/// Finds the config a verb should use: --config if given, else tests/performance/load-test-config.yaml
/// under the current directory, else the copy built into the engine (so `perf` works anywhere).
/// </summary>
internal static class ConfigLocator
{
    public static readonly string DefaultPath = Path.Combine("tests", "performance", "load-test-config.yaml");

    public const string BuiltInName = "(built-in load-test-config.yaml)";

    public static (LoadTestConfig Config, string Source) Load(string? explicitPath)
    {
        if (explicitPath is not null)
        {
            return (ConfigLoader.LoadFile(explicitPath), explicitPath);
        }

        return File.Exists(DefaultPath)
            ? (ConfigLoader.LoadFile(DefaultPath), DefaultPath)
            : (ConfigLoader.LoadDefault(), BuiltInName);
    }
}
