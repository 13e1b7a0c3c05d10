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

    /// <summary>Every problem with these options, not just the first; empty when valid.</summary>
    public abstract IReadOnlyList<string> Validate();

    /// <summary>A copy with every count divided for one of <paramref name="shardCount"/> workers.</summary>
    public abstract LoadModelOptions Shard(int shardIndex, int shardCount);
}
