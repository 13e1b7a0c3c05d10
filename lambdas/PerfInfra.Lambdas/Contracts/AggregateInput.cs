namespace PerfInfra.Lambdas.Contracts;

/// <summary>The aggregate step's input: the plan and the Parallel's branch outputs.</summary>
internal sealed record AggregateInput(RunPlan Plan, IReadOnlyList<SuiteBranchOutput> Suites);
