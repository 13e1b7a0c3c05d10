using System.Runtime.InteropServices;
using HdrHistogram;
using PerfInfra.Engine.Http;

namespace PerfInfra.Engine.Metrics;

/// <summary>
/// Records the requests of one step, from any number of threads. Successful requests go into the
/// latency histogram (µs); failed ones are only counted by kind, because a refused connection is fast
/// and must never make a percentile look good. Open models also record the service time (actual send →
/// response) beside the coordinated-omission-corrected latency (intended send → response).
/// </summary>
/// <remarks>
/// The hot path locks one stripe chosen by the current processor and bumps an interval histogram, so
/// recording never allocates and threads on different cores never share a lock. Once a second the
/// <see cref="MetricsCollector"/> drains the stripes into this step's totals and the scenario's
/// time-series bucket; memory is therefore fixed by the number of steps, not by the run's length.
/// </remarks>
public sealed class StepRecorder
{
    private readonly StepStripe[] _stripes;
    private readonly double _microsecondsPerTick;

    // Everything drained from the stripes so far; touched only under the collector's harvest lock.
    private readonly StepTotals _totals;

    internal StepRecorder(string name, bool recordServiceTime, long timestampFrequency, int stripeCount)
    {
        Name = name;
        RecordsServiceTime = recordServiceTime;
        _microsecondsPerTick = MetricsDefaults.MicrosecondsPerSecond / timestampFrequency;
        _stripes = new StepStripe[stripeCount];
        for (var i = 0; i < stripeCount; i++)
        {
            _stripes[i] = new StepStripe(recordServiceTime);
        }

        _totals = new StepTotals(recordServiceTime);
    }

    public string Name { get; }

    public bool RecordsServiceTime { get; }

    /// <summary>Records a closed-model request: latency and service time are the same span.</summary>
    public void Record(in HttpOutcome outcome) => Record(outcome, outcome.SentTimestamp);

    /// <summary>
    /// Records a request whose latency counts from <paramref name="intendedTimestamp"/> (same clock as
    /// the outcome's timestamps), so time spent waiting to be sent is part of it.
    /// </summary>
    public void Record(in HttpOutcome outcome, long intendedTimestamp)
    {
        if (outcome.ErrorKind is { } kind)
        {
            RecordFailure(kind);
            return;
        }

        RecordSuccess(
            ToMicroseconds(outcome.CompletedTimestamp - intendedTimestamp),
            ToMicroseconds(outcome.CompletedTimestamp - outcome.SentTimestamp));
    }

    /// <summary>Records one successful request; <paramref name="serviceTimeMicroseconds"/> is ignored unless service time is recorded.</summary>
    public void RecordSuccess(long latencyMicroseconds, long serviceTimeMicroseconds)
    {
        var latency = Clamp(latencyMicroseconds);
        var serviceTime = Clamp(serviceTimeMicroseconds);
        var stripe = CurrentStripe();
        lock (stripe.Gate)
        {
            stripe.Latency.RecordValue(latency);
            stripe.ServiceTime?.RecordValue(serviceTime);
            stripe.Requests++;
        }
    }

    public void RecordFailure(string errorKind)
    {
        var stripe = CurrentStripe();
        lock (stripe.Gate)
        {
            stripe.Requests++;
            stripe.Errors++;
            CollectionsMarshal.GetValueRefOrAddDefault(stripe.ErrorsByKind, errorKind, out _)++;
        }
    }

    /// <summary>Moves what the stripes hold into the totals and the current bucket. Caller holds the harvest lock.</summary>
    internal void Drain(TimeSeriesAccumulator bucket)
    {
        foreach (var stripe in _stripes)
        {
            lock (stripe.Gate)
            {
                if (stripe.Requests == 0)
                {
                    continue;
                }

                _totals.Add(stripe);
                bucket.Add(stripe);
                stripe.Clear();
            }
        }
    }

    /// <summary>
    /// Adds totals plus what the stripes hold into <paramref name="into"/> and the stripes into the
    /// provisional <paramref name="bucket"/>, without draining. Caller holds the harvest lock.
    /// </summary>
    internal void Peek(StepTotals into, TimeSeriesAccumulator bucket)
    {
        into.Add(_totals);
        foreach (var stripe in _stripes)
        {
            lock (stripe.Gate)
            {
                if (stripe.Requests == 0)
                {
                    continue;
                }

                into.Add(stripe);
                bucket.Add(stripe);
            }
        }
    }

    private StepStripe CurrentStripe() =>
        _stripes.Length == 1 ? _stripes[0] : _stripes[(int)((uint)Thread.GetCurrentProcessorId() % (uint)_stripes.Length)];

    private long ToMicroseconds(long ticks) => (long)(ticks * _microsecondsPerTick);

    /// <summary>Clock skew can make a span negative, and a stalled run can exceed the histogram's range: neither may throw.</summary>
    private static long Clamp(long microseconds) =>
        Math.Clamp(microseconds, 0, HistogramDefaults.HighestTrackableMicroseconds);
}
