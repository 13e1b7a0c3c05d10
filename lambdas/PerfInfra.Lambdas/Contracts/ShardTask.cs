using System.Globalization;

namespace PerfInfra.Lambdas.Contracts;

/// <summary>
/// One Distributed Map item: shard <see cref="Index"/> of <see cref="Count"/> of the run the request
/// describes. The worker re-resolves the same deployed config and overrides, so the item stays small.
/// </summary>
internal sealed record ShardTask(string RunId, int Index, int Count, RunRequest Request)
{
    public IEnumerable<string> Problems(int maxShards)
    {
        if (string.IsNullOrWhiteSpace(RunId))
        {
            yield return "runId: missing; expected the execution's name";
        }

        if (Request is null)
        {
            yield return "request: missing; expected the execution input the plan validated (an object)";
        }

        if (Count < 1 || Count > maxShards)
        {
            yield return $"count: {Count.ToString(CultureInfo.InvariantCulture)}; expected the plan's shard count, 1 to {maxShards.ToString(CultureInfo.InvariantCulture)}";
        }
        else if (Index < 0 || Index >= Count)
        {
            yield return $"index: {Index.ToString(CultureInfo.InvariantCulture)}; expected 0 to {(Count - 1).ToString(CultureInfo.InvariantCulture)} (count is {Count.ToString(CultureInfo.InvariantCulture)})";
        }
    }
}
