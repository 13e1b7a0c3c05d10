namespace PerfInfra.Engine.Load;

/// <summary>Piecewise-linear stage arithmetic shared by the closed model (users) and the ramping arrival rate (iterations/s).</summary>
internal static class LoadShape
{
    public static TimeSpan TotalDuration(IReadOnlyList<LoadStage> stages) =>
        stages.Aggregate(TimeSpan.Zero, (sum, stage) => sum + stage.Duration);

    /// <summary>
    /// The target at <paramref name="elapsed"/>, moving linearly from the previous stage's target (or
    /// <paramref name="start"/>) to each stage's. A zero-length stage is a jump.
    /// </summary>
    public static double TargetAt(IReadOnlyList<LoadStage> stages, double start, TimeSpan elapsed)
    {
        var previous = start;
        var stageStart = TimeSpan.Zero;
        foreach (var stage in stages)
        {
            var stageEnd = stageStart + stage.Duration;
            if (elapsed < stageEnd)
            {
                var fraction = (elapsed - stageStart) / stage.Duration;
                return previous + ((stage.Target - previous) * fraction);
            }

            previous = stage.Target;
            stageStart = stageEnd;
        }

        return previous;
    }

    /// <summary>Every problem with a stage list, prefixed by <paramref name="key"/> (the config key path).</summary>
    public static IEnumerable<string> Validate(string key, IReadOnlyList<LoadStage>? stages, string unit)
    {
        if (stages is null || stages.Count == 0)
        {
            yield return $"{key}: at least one stage is required (duration and target {unit})";
            yield break;
        }

        for (var i = 0; i < stages.Count; i++)
        {
            var stage = stages[i];
            if (stage.Duration < TimeSpan.Zero)
            {
                yield return $"{key}[{i}].duration: {stage.Duration} is negative; use 0s (a jump) or more";
            }

            if (!double.IsFinite(stage.Target) || stage.Target < 0)
            {
                yield return $"{key}[{i}].target: {stage.Target} is not a number of {unit} ≥ 0";
            }
        }

        if (TotalDuration(stages) <= TimeSpan.Zero)
        {
            yield return $"{key}: the stages last 0s in total; at least one stage needs a duration > 0";
        }
    }
}
