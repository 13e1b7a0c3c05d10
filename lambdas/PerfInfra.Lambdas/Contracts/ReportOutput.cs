namespace PerfInfra.Lambdas.Contracts;

/// <summary>
/// The report step's output; the state machine's Choice reads <see cref="Verdict"/>, and
/// <see cref="PreflightFailed"/> (a failed preflight stopped the run) to end it in its own error.
/// </summary>
internal sealed record ReportOutput(string Verdict, string VerdictReason, string ReportPrefix, string LatestPrefix, CostEstimate Cost, bool PreflightFailed = false);
