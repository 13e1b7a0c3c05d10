namespace PerfInfra.Lambdas.Contracts;

/// <summary>The report step's output; the state machine's Choice reads <see cref="Verdict"/>.</summary>
internal sealed record ReportOutput(string Verdict, string VerdictReason, string ReportPrefix, string LatestPrefix, CostEstimate Cost);
