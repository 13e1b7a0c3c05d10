namespace PerfInfra.Lambdas.Contracts;

/// <summary>
/// The judged run: its verdict and where the complete report.json waits for the report step.
/// <see cref="ResultsInS3"/> counts the worker results that went through the bucket (for the cost estimate).
/// </summary>
internal sealed record AggregateOutput(
    string Verdict, string VerdictReason, string ReportKey, IReadOnlyList<string> FailedThresholds, int FailedShards, double WorkerSeconds, int ResultsInS3 = 0);
