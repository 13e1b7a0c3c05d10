namespace PerfInfra.Lambdas.Contracts;

/// <summary>
/// One shard's outcome: the WorkerResult JSON inline when it fits the shard's share of the 256 KB
/// state limit, else <see cref="ResultKey"/> in the bucket; or <see cref="Error"/> when the shard
/// crashed (set by the map's Catch, so the other shards' data survives).
/// </summary>
internal sealed record WorkerOutput(int ShardIndex, string? Result = null, string? ResultKey = null, StepError? Error = null);
