namespace PerfInfra.Engine.Load;

/// <summary>
/// When each iteration of an arrival-rate model is due. The rate moves linearly from
/// <c>startRate</c> through each stage's target; iteration <c>i</c> (from 0) is due at the time
/// <c>t</c> where the integral of the rate from 0 to <c>t</c> equals <c>i</c>, as in k6's
/// ramping-arrival-rate. A constant rate is one flat stage.
/// </summary>
internal sealed class ArrivalSchedule
{
    private readonly double _startRate;
    private readonly IReadOnlyList<LoadStage> _stages;

    public ArrivalSchedule(double startRate, IReadOnlyList<LoadStage> stages)
    {
        _startRate = startRate;
        _stages = stages;
        Duration = LoadShape.TotalDuration(stages);
        var expected = 0.0;
        var previous = startRate;
        foreach (var stage in stages)
        {
            expected += (previous + stage.Target) / 2 * stage.Duration.TotalSeconds;
            previous = stage.Target;
        }

        // Iterations 0 … ceil(expected) − 1 fall inside the duration (iteration 0 is due at t = 0).
        PlannedIterations = (long)Math.Ceiling(expected - LoadDefaults.NegligibleRatePerSecond);
    }

    public static ArrivalSchedule Constant(double ratePerSecond, TimeSpan duration) =>
        new(ratePerSecond, [new LoadStage(duration, ratePerSecond)]);

    public TimeSpan Duration { get; }

    public long PlannedIterations { get; }

    /// <summary>Due time of every planned iteration, from the start of the run, in order. Allocation-free per item.</summary>
    public IEnumerable<TimeSpan> DueTimes()
    {
        var previous = _startRate;
        var stageStart = 0.0;
        var countAtStageStart = 0.0;
        long next = 0;
        foreach (var stage in _stages)
        {
            var length = stage.Duration.TotalSeconds;
            var r0 = previous;
            var r1 = stage.Target;
            var stageCount = (r0 + r1) / 2 * length;
            while (next < PlannedIterations && next <= countAtStageStart + stageCount)
            {
                var offset = SolveOffset(r0, r1, length, next - countAtStageStart);
                if (offset is null || offset > length)
                {
                    break;
                }

                yield return TimeSpan.FromSeconds(stageStart + offset.Value);
                next++;
            }

            previous = r1;
            stageStart += length;
            countAtStageStart += stageCount;
        }
    }

    /// <summary>
    /// Seconds into a stage at which <paramref name="count"/> iterations have been due, solving
    /// r0·t + (r1 − r0)/(2L)·t² = count. The form 2c / (b + √(b² + 4ac)) stays accurate when the rate
    /// barely changes and when it ramps down; null when the stage never reaches that count.
    /// </summary>
    private static double? SolveOffset(double r0, double r1, double length, double count)
    {
        if (count <= 0)
        {
            return 0;
        }

        var a = length > 0 ? (r1 - r0) / (2 * length) : 0;
        var discriminant = (r0 * r0) + (4 * a * count);
        if (discriminant < 0)
        {
            return null;
        }

        var denominator = r0 + Math.Sqrt(discriminant);
        return denominator < LoadDefaults.NegligibleRatePerSecond ? null : 2 * count / denominator;
    }
}
