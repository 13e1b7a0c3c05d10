using PerfInfra.Engine.Preflight;
using PerfInfra.Engine.Reporting.Baseline;

namespace PerfInfra.Engine.Reporting;

/// <summary>
/// report.json, schema version 1 (documented in the README, "Reading a report"). Field names are
/// written snake_case. New fields may be added in version 1; renaming or removing one bumps the version.
/// </summary>
public sealed record RunReport(
    int SchemaVersion,
    string Verdict,
    string VerdictReason,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    double DurationSeconds,
    RunMetadata Metadata,
    IReadOnlyList<SuiteReport> Suites,
    IReadOnlyList<ThresholdReport> Thresholds)
{
    public const int CurrentSchemaVersion = 1;

    /// <summary>The comparison with an earlier report when the run had a baseline; null otherwise. Added in version 1.</summary>
    public BaselineComparison? Baseline { get; init; }

    /// <summary>
    /// The preflight checks that the optimizations under test were live, and their mode (fail, warn,
    /// off); null when none ran. A failed check in mode fail stopped the run and failed the verdict.
    /// Added in version 1.
    /// </summary>
    public PreflightReport? Preflight { get; init; }
}
