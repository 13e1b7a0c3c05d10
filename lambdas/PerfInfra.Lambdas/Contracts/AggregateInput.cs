namespace PerfInfra.Lambdas.Contracts;

/// <summary>The aggregate step's input: the plan and the Parallel's branch outputs.</summary>
internal sealed record AggregateInput(RunPlan Plan, IReadOnlyList<SuiteBranchOutput> Suites)
{
    public IEnumerable<string> Problems()
    {
        if (Plan is null)
        {
            yield return "plan: missing; expected the plan step's output (the state machine passes $.plan)";
        }
        else if (Plan.Request is null || string.IsNullOrWhiteSpace(Plan.RunId))
        {
            yield return "plan: not a plan (runId and request are missing); expected the plan step's output";
        }

        if (Suites is null)
        {
            yield return "suites: missing; expected the Parallel's branch outputs (the state machine passes $.suites)";
        }
    }
}
