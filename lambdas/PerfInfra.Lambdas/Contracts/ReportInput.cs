namespace PerfInfra.Lambdas.Contracts;

/// <summary>
/// The report step's input. On the happy path <see cref="Aggregate"/> is set; when a Catch routed
/// here, <see cref="Error"/> is, and <see cref="Plan"/> when planning had succeeded.
/// </summary>
internal sealed record ReportInput(string ExecutionName, RunPlan? Plan = null, AggregateOutput? Aggregate = null, StepError? Error = null)
{
    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(ExecutionName))
        {
            yield return "executionName: missing; expected the execution's name (the state machine passes $$.Execution.Name)";
        }
        else if (ExecutionName.IndexOfAny(['/', '\\']) >= 0 || ExecutionName.Contains("..", StringComparison.Ordinal))
        {
            yield return $"executionName: '{ExecutionName}' would leave the report folder; expected an execution name (letters, digits, - and _)";
        }

        if (Aggregate is not null && string.IsNullOrWhiteSpace(Aggregate.ReportKey))
        {
            yield return "aggregate.reportKey: missing; expected the aggregate step's output";
        }
    }
}
