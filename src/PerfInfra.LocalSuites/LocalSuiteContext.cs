using PerfInfra.Engine.Config;

namespace PerfInfra.LocalSuites;

/// <summary>
/// What a local suite gets from `perf run`: the resolved run (its <c>Athena</c>, <c>Pipeline</c> and
/// <c>Lambda</c> settings), the folder of the config file (null for the built-in config: suites then use
/// their built-in copies, e.g. of the queries), a scratch folder the host deletes afterwards, the clock,
/// and a progress sink for the live progress line.
/// </summary>
public sealed record LocalSuiteContext(
    ResolvedRun Run,
    string? ConfigDirectory,
    string WorkDirectory,
    TimeProvider Time,
    Action<SuiteProgress> Progress);
