namespace PerfInfra.Engine.Load;

/// <summary>
/// The options of one load model. Open models (arrival rate) and the closed model (virtual users)
/// derive from this; each lives in its own file with its executor.
/// </summary>
public abstract record LoadModelOptions
{
    /// <summary>Name as written in the config (<c>closed</c>, <c>constant_arrival_rate</c>, …).</summary>
    public abstract string ModelName { get; }

    /// <summary>True for arrival-rate models, whose latency is measured from the intended send time.</summary>
    public abstract bool IsOpen { get; }

    /// <summary>Total planned length of the run, all stages included.</summary>
    public abstract TimeSpan TotalDuration { get; }

    /// <summary>Peak concurrency this model may reach (virtual users, or the in-flight cap of open models).</summary>
    public abstract int PeakConcurrency { get; }

    /// <summary>Peak intended iteration rate per second, or null for the closed model.</summary>
    public abstract double? PeakRatePerSecond { get; }

    /// <summary>Which of <see cref="ShardCount"/> workers these options are for; 0 of 1 for an undivided run.</summary>
    public int ShardIndex { get; init; }

    /// <summary>
    /// Number of workers the run was divided between. A shard may be left with nothing to do (0 users):
    /// that is valid and runs nothing, whereas the undivided options must ask for some load.
    /// </summary>
    public int ShardCount { get; init; } = 1;

    /// <summary>True when these options are a part of a divided run.</summary>
    public bool IsShard => ShardCount > 1;

    /// <summary>Every problem with these options, not just the first; empty when valid.</summary>
    public abstract IReadOnlyList<string> Validate();

    /// <summary>A copy with every count divided for one of <paramref name="shardCount"/> workers.</summary>
    public abstract LoadModelOptions Shard(int shardIndex, int shardCount);
}
