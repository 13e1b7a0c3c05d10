namespace PerfInfra.Integration.Tests.BadInput;

/// <summary>
/// Where a bad-input case runs: a temp folder for its config, an output root that must stay absent, and
/// the URL of a <see cref="CountingServer"/> that must see no connection.
/// </summary>
internal sealed class BadInputContext(TempDirectory dir, string targetUrl)
{
    public const string ConfigFileName = "config.yaml";

    public string TargetUrl { get; } = targetUrl;

    public string OutputRoot { get; } = Path.Combine(dir.Path, "reports");

    public string Directory => dir.Path;

    /// <summary>`perf run --config FILE --out OUT` with <paramref name="yaml"/> as the file.</summary>
    public string[] RunWithConfig(string yaml, params string[] extra) =>
        ["run", "--config", dir.File(ConfigFileName, yaml), "--out", OutputRoot, .. extra];

    /// <summary>`perf run --config FILE --out OUT` with raw bytes as the file.</summary>
    public string[] RunWithConfigBytes(byte[] bytes)
    {
        var path = Path.Combine(dir.Path, ConfigFileName);
        File.WriteAllBytes(path, bytes);
        return ["run", "--config", path, "--out", OutputRoot];
    }

    /// <summary>`perf run ARGS --out OUT`, with the valid base config so only the flags are wrong.</summary>
    public string[] RunWithFlags(params string[] flags) => RunWithConfig(BadInputCases.ValidConfig(TargetUrl), flags);

    /// <summary>Quick mode against the counting server: `perf run --url TARGET ARGS --out OUT`.</summary>
    public string[] QuickRun(params string[] flags) => ["run", "--url", TargetUrl, .. flags, "--out", OutputRoot];
}
