using HdrHistogram;

namespace PerfInfra.Engine.Metrics;

/// <summary>One scenario's second in the making: reused every second so the harvest allocates no histograms.</summary>
internal sealed class TimeSeriesAccumulator
{
    public LongHistogram Latency { get; } = EncodedHistogram.NewHistogram();

    public long Requests { get; private set; }

    public long Errors { get; private set; }

    public void Add(StepStripe stripe)
    {
        Latency.Add(stripe.Latency);
        Requests += stripe.Requests;
        Errors += stripe.Errors;
    }

    public TimeSeriesBucket ToBucket(long unixSecond) =>
        new(unixSecond, Requests, Errors, EncodedHistogram.Encode(Latency));

    public void Reset()
    {
        Latency.Reset();
        Requests = 0;
        Errors = 0;
    }
}
