using HdrHistogram;

namespace PerfInfra.Engine.Metrics;

/// <summary>
/// One stripe of a step's recording: what requests completing on one processor recorded since the
/// last harvest. Guarded by its own lock; the hot path takes only the stripe of the current processor,
/// so at ~1000 VUs on 2 cores two stripes rarely contend.
/// </summary>
internal sealed class StepStripe
{
    public StepStripe(bool recordServiceTime)
    {
        // 32-bit counts: one second on one processor never records 2^31 values, and it halves the
        // memory of the per-stripe histograms.
        Latency = NewIntervalHistogram();
        ServiceTime = recordServiceTime ? NewIntervalHistogram() : null;
    }

    public Lock Gate { get; } = new();

    public IntHistogram Latency { get; }

    public IntHistogram? ServiceTime { get; }

    public Dictionary<string, long> ErrorsByKind { get; } = new(StringComparer.Ordinal);

    public long Requests;

    public long Errors;

    /// <summary>Forgets what was recorded; the caller holds <see cref="Gate"/>.</summary>
    public void Clear()
    {
        if (Requests == 0)
        {
            return;
        }

        Latency.Reset();
        ServiceTime?.Reset();
        ErrorsByKind.Clear();
        Requests = 0;
        Errors = 0;
    }

    private static IntHistogram NewIntervalHistogram() => new(
        HistogramDefaults.LowestTrackableMicroseconds,
        HistogramDefaults.HighestTrackableMicroseconds,
        HistogramDefaults.SignificantDigits);
}
