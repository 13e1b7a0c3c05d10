using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Suites.Api;

/// <summary>What an API suite run produced: the (local or merged) result and its judged thresholds.</summary>
public sealed record ApiSuiteOutcome(WorkerResult Result, IReadOnlyList<ThresholdOutcome> Thresholds);
