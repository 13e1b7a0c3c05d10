using HdrHistogram;

namespace PerfInfra.Engine.Metrics;

/// <summary>
/// Counts and histograms of one step, accumulated off the hot path (by the harvest or a snapshot).
/// Not thread-safe: the owner serializes access.
/// </summary>
internal sealed class StepTotals(bool recordServiceTime)
{
    public LongHistogram Latency { get; } = EncodedHistogram.NewHistogram();

    public LongHistogram? ServiceTime { get; } = recordServiceTime ? EncodedHistogram.NewHistogram() : null;

    public Dictionary<string, long> ErrorsByKind { get; } = new(StringComparer.Ordinal);

    public long Requests { get; private set; }

    public long Errors { get; private set; }

    public void Add(StepStripe stripe)
    {
        Latency.Add(stripe.Latency);
        if (stripe.ServiceTime is not null)
        {
            ServiceTime?.Add(stripe.ServiceTime);
        }

        AddCounts(stripe.Requests, stripe.Errors, stripe.ErrorsByKind);
    }

    public void Add(StepTotals other)
    {
        Latency.Add(other.Latency);
        if (other.ServiceTime is not null)
        {
            ServiceTime?.Add(other.ServiceTime);
        }

        AddCounts(other.Requests, other.Errors, other.ErrorsByKind);
    }

    public StepMetrics ToStepMetrics(string name) => new(
        name,
        Requests,
        Errors,
        EncodedHistogram.Encode(Latency),
        ServiceTime is null ? null : EncodedHistogram.Encode(ServiceTime),
        new Dictionary<string, long>(ErrorsByKind, StringComparer.Ordinal));

    private void AddCounts(long requests, long errors, Dictionary<string, long> errorsByKind)
    {
        Requests += requests;
        Errors += errors;
        foreach (var (kind, count) in errorsByKind)
        {
            ErrorsByKind[kind] = ErrorsByKind.GetValueOrDefault(kind) + count;
        }
    }
}
