using PerfInfra.Engine.Http;

namespace PerfInfra.Engine.Metrics;

/// <summary>
/// Records one scenario: its completed iterations, one <see cref="StepRecorder"/> per distinct step
/// name, and the per-second time series. The scenario's latency is the exact sum of its steps'
/// histograms, built when a snapshot is taken, so the hot path records each request once.
/// </summary>
public sealed class ScenarioRecorder
{
    private readonly List<TimeSeriesBucket> _timeSeries = [];
    private readonly TimeSeriesAccumulator _currentSecond = new();
    private readonly StepRecorder[] _distinctSteps;
    private long _iterations;

    internal ScenarioRecorder(ScenarioDefinition scenario, bool recordServiceTime, long timestampFrequency, int stripeCount)
    {
        Name = scenario.Name;
        // Two steps with the same name are one metric (the merge matches steps by name too).
        var byName = new Dictionary<string, StepRecorder>(StringComparer.Ordinal);
        StepsInOrder = scenario.Steps
            .Select(step => byName.TryGetValue(step.Name, out var existing)
                ? existing
                : byName[step.Name] = new StepRecorder(step.Name, recordServiceTime, timestampFrequency, stripeCount))
            .ToArray();
        _distinctSteps = StepsInOrder.Distinct().ToArray();
    }

    public string Name { get; }

    /// <summary>The recorder of each step of the scenario, index for index.</summary>
    public IReadOnlyList<StepRecorder> StepsInOrder { get; }

    public long Iterations => Interlocked.Read(ref _iterations);

    /// <summary>Counts one finished iteration (whatever its requests' outcomes).</summary>
    public void CountIteration() => Interlocked.Increment(ref _iterations);

    /// <summary>
    /// Closes the second labelled <paramref name="unixSecond"/>; returns its accumulator for live stats.
    /// A quiet second mid-run is kept (0 rps is a finding); the run's last, partial second only if
    /// something completed in it. Caller holds the harvest lock.
    /// </summary>
    internal TimeSeriesAccumulator Harvest(long unixSecond, bool isLast)
    {
        _currentSecond.Reset();
        foreach (var step in _distinctSteps)
        {
            step.Drain(_currentSecond);
        }

        if (!isLast || _currentSecond.Requests > 0)
        {
            Append(_timeSeries, _currentSecond, unixSecond);
        }

        return _currentSecond;
    }

    /// <summary>
    /// Cumulative metrics up to now, with what was recorded since the last harvest as a provisional
    /// bucket labelled <paramref name="openSecond"/>, so buckets always sum to the totals. Caller holds the harvest lock.
    /// </summary>
    internal ScenarioMetrics Snapshot(long openSecond)
    {
        var provisional = new TimeSeriesAccumulator();
        var steps = new List<StepMetrics>(_distinctSteps.Length);
        StepTotals? scenarioTotals = null;
        foreach (var step in _distinctSteps)
        {
            var totals = new StepTotals(step.RecordsServiceTime);
            step.Peek(totals, provisional);
            steps.Add(totals.ToStepMetrics(step.Name));
            scenarioTotals ??= new StepTotals(step.RecordsServiceTime);
            scenarioTotals.Add(totals);
        }

        var series = new List<TimeSeriesBucket>(_timeSeries);
        if (provisional.Requests > 0)
        {
            Append(series, provisional, openSecond);
        }

        scenarioTotals ??= new StepTotals(recordServiceTime: false);
        var scenario = scenarioTotals.ToStepMetrics(Name);
        return new ScenarioMetrics(
            Name,
            Iterations,
            scenario.Requests,
            scenario.Errors,
            scenario.Latency,
            scenario.ServiceTime,
            scenario.ErrorsByKind,
            steps,
            series);
    }

    /// <summary>
    /// Labels are unique and increasing; if a late or early timer produced the same second twice, the
    /// two intervals are added into one bucket rather than emitting a duplicate second.
    /// </summary>
    private static void Append(List<TimeSeriesBucket> series, TimeSeriesAccumulator second, long unixSecond)
    {
        if (series.Count > 0 && series[^1].UnixSecond >= unixSecond)
        {
            var last = series[^1];
            var latency = last.Latency.Decode();
            latency.Add(second.Latency);
            series[^1] = new TimeSeriesBucket(
                last.UnixSecond,
                last.Requests + second.Requests,
                last.Errors + second.Errors,
                EncodedHistogram.Encode(latency));
            return;
        }

        series.Add(second.ToBucket(unixSecond));
    }
}
