namespace PerfInfra.Engine.Load;

/// <summary>Divides counts between distributed workers so the shards add up exactly to the whole.</summary>
internal static class ShardSplit
{
    /// <summary>Shard <paramref name="index"/>'s part of <paramref name="total"/>; the remainder goes one each to the lowest shards.</summary>
    public static int Split(int total, int index, int count) =>
        (total / count) + (index < total % count ? 1 : 0);

    public static void EnsureValid(LoadModelOptions options, int index, int count)
    {
        if (options.ShardCount != 1)
        {
            throw new InvalidOperationException(
                $"options are already shard {options.ShardIndex} of {options.ShardCount}; shard the whole run's options instead");
        }

        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "shard count must be at least 1");
        }

        if (index < 0 || index >= count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"shard index must be in [0, {count - 1}]");
        }
    }
}
