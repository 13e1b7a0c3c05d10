namespace PerfInfra.Lambdas.Contracts;

/// <summary>
/// One Distributed Map item: shard <see cref="Index"/> of <see cref="Count"/> of the run the request
/// describes. The worker re-resolves the same deployed config and overrides, so the item stays small.
/// </summary>
internal sealed record ShardTask(string RunId, int Index, int Count, RunRequest Request);
