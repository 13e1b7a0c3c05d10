using PerfInfra.Engine.Reporting.Baseline;
using PerfInfra.Engine.Safety;

namespace PerfInfra.Engine.Config;

/// <summary>
/// A validated load-test-config.yaml. <see cref="Sha256"/> is the hash of the file's exact text, so a
/// report can prove which config judged it.
/// </summary>
public sealed record LoadTestConfig(
    int Version,
    string DefaultProfile,
    TargetConfig Target,
    SafetyLimits Safety,
    IReadOnlyDictionary<string, ProfileConfig> Profiles,
    SuitesConfig Suites,
    string SourceFile,
    string Sha256)
{
    /// <summary>The optional <c>baseline</c> section: what every run is compared with.</summary>
    public BaselineOptions? Baseline { get; init; }
}
