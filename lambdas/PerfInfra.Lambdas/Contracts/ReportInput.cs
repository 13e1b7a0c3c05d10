namespace PerfInfra.Lambdas.Contracts;

/// <summary>
/// The report step's input. On the happy path <see cref="Aggregate"/> is set; when a Catch routed
/// here, <see cref="Error"/> is, and <see cref="Plan"/> when planning had succeeded.
/// </summary>
internal sealed record ReportInput(string ExecutionName, RunPlan? Plan = null, AggregateOutput? Aggregate = null, StepError? Error = null);
