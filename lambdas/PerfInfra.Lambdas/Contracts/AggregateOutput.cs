namespace PerfInfra.Lambdas.Contracts;

/// <summary>The judged run: its verdict and where the complete report.json waits for the report step.</summary>
internal sealed record AggregateOutput(string Verdict, string VerdictReason, string ReportKey, IReadOnlyList<string> FailedThresholds, int FailedShards, double WorkerSeconds);
