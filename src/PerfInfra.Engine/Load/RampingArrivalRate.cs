namespace PerfInfra.Engine.Load;

/// <summary>
/// Open model whose rate moves linearly from <see cref="StartRatePerSecond"/> through each stage's
/// target (iterations/s) — k6's ramping-arrival-rate. Latency is coordinated-omission corrected as in
/// <see cref="ConstantArrivalRateOptions"/>, with at most <see cref="MaxInFlight"/> iterations at once.
/// </summary>
public sealed record RampingArrivalRateOptions : LoadModelOptions
{
    public double StartRatePerSecond { get; init; }

    /// <summary>Rate targets (iterations/s); a zero-length stage is a jump.</summary>
    public IReadOnlyList<LoadStage> Stages { get; init; } = [];

    public int MaxInFlight { get; init; }

    public override string ModelName => "ramping_arrival_rate";

    public override bool IsOpen => true;

    public override TimeSpan TotalDuration => LoadShape.TotalDuration(Stages);

    public override int PeakConcurrency => MaxInFlight;

    public override double? PeakRatePerSecond => Stages.Select(s => s.Target).Append(StartRatePerSecond).Max();

    public override IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!double.IsFinite(StartRatePerSecond) || StartRatePerSecond < 0)
        {
            errors.Add($"load.start_rate: {StartRatePerSecond}/s is not allowed; use a rate ≥ 0");
        }

        var stageErrors = LoadShape.Validate("load.stages", Stages, "iterations/s").ToList();
        errors.AddRange(stageErrors);
        if (stageErrors.Count == 0 && !IsShard && PeakRatePerSecond <= 0)
        {
            errors.Add("load.stages: every rate is 0, so nothing would run; give a stage a target > 0");
        }

        errors.AddRange(OpenModelValidation.MaxInFlight(MaxInFlight, PeakRatePerSecond ?? 0, IsShard));
        return errors;
    }

    /// <summary>Every rate split evenly, the in-flight cap with remainders to the lowest shards (see <see cref="ConstantArrivalRateOptions.Shard"/>).</summary>
    public override LoadModelOptions Shard(int shardIndex, int shardCount)
    {
        ShardSplit.EnsureValid(this, shardIndex, shardCount);
        var carrying = Math.Min(shardCount, Math.Max(MaxInFlight, 1));
        var share = shardIndex < carrying ? 1.0 / carrying : 0;
        return this with
        {
            StartRatePerSecond = StartRatePerSecond * share,
            Stages = Stages.Select(s => s with { Target = s.Target * share }).ToArray(),
            MaxInFlight = ShardSplit.Split(MaxInFlight, shardIndex, shardCount),
            ShardIndex = shardIndex,
            ShardCount = shardCount,
        };
    }

    internal ArrivalSchedule Schedule() => new(StartRatePerSecond, Stages);
}
