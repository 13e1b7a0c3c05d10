namespace PerfInfra.Lambdas.Contracts;

/// <summary>
/// One Parallel branch's output: the suite, whether it ran, and for the API suite the shards' outcomes;
/// for the other suites the key of their measurements in the bucket (written by the collect step).
/// </summary>
internal sealed record SuiteBranchOutput(string Name, string Status, IReadOnlyList<WorkerOutput>? Workers = null, string? MeasurementsKey = null);
