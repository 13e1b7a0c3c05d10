namespace PerfInfra.Lambdas.Contracts;

/// <summary>One Parallel branch's output: the suite, whether it ran, and for the API suite the shards' outcomes.</summary>
internal sealed record SuiteBranchOutput(string Name, string Status, IReadOnlyList<WorkerOutput>? Workers = null);
