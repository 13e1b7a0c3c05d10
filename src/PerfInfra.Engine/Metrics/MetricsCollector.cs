using HdrHistogram;
using PerfInfra.Engine.Http;

namespace PerfInfra.Engine.Metrics;

/// <summary>
/// All recorders of one worker's run and the once-a-second harvest that turns them into time-series
/// buckets. Recording is lock-striped and allocation-free (see <see cref="StepRecorder"/>); the harvest,
/// snapshots and live stats are serialized on one lock and never run on the hot path.
/// </summary>
/// <remarks>
/// A bucket holds the requests that completed between two harvests and is labelled with the Unix
/// second in which that interval began; harvests are timed just after each whole second, so a bucket
/// is that second give or take the timer's lateness (~1 ms). This is HdrHistogram's interval-log model.
/// </remarks>
public sealed class MetricsCollector : IDisposable
{
    private readonly TimeProvider _time;
    private readonly ScenarioRecorder[] _scenarios;
    private readonly Lock _harvestLock = new();
    private readonly LongHistogram _allLastSecond = EncodedHistogram.NewHistogram();
    private ITimer? _timer;
    private long _startTimestamp;
    private DateTimeOffset _intervalStart;
    private bool _completed;
    private long _totalRequests;
    private long _totalErrors;
    private long _requestsLastSecond;
    private double? _p95LastSecondMilliseconds;

    public MetricsCollector(IReadOnlyList<ScenarioDefinition> scenarios, bool recordServiceTime, TimeProvider time)
        : this(scenarios, recordServiceTime, time, Math.Min(Environment.ProcessorCount, MetricsDefaults.MaxStripes))
    {
    }

    internal MetricsCollector(IReadOnlyList<ScenarioDefinition> scenarios, bool recordServiceTime, TimeProvider time, int stripeCount)
    {
        _time = time;
        _scenarios = scenarios
            .Select(s => new ScenarioRecorder(s, recordServiceTime, time.TimestampFrequency, stripeCount))
            .ToArray();
        _intervalStart = time.GetUtcNow();
        _startTimestamp = time.GetTimestamp();
    }

    /// <summary>One recorder per scenario, index for index with the definitions.</summary>
    public IReadOnlyList<ScenarioRecorder> Scenarios => _scenarios;

    /// <summary>Begins the run's clock and the per-second buckets.</summary>
    public void Start()
    {
        lock (_harvestLock)
        {
            _intervalStart = _time.GetUtcNow();
            _startTimestamp = _time.GetTimestamp();
            _timer = _time.CreateTimer(_ => OnTick(), null, DelayToNextHarvest(_intervalStart), Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Stops the clock and closes the last, partial second. Recording after this is not reported.</summary>
    public void Complete()
    {
        lock (_harvestLock)
        {
            if (_completed)
            {
                return;
            }

            _timer?.Dispose();
            HarvestLocked(isLast: true);
            _completed = true;
        }
    }

    /// <summary>Cumulative metrics of every scenario so far; safe to call at any time, from any thread.</summary>
    public IReadOnlyList<ScenarioMetrics> Snapshot()
    {
        lock (_harvestLock)
        {
            var openSecond = _intervalStart.ToUnixTimeSeconds();
            return _scenarios.Select(s => s.Snapshot(openSecond)).ToList();
        }
    }

    public LiveStats Live(int activeConcurrency)
    {
        lock (_harvestLock)
        {
            return new LiveStats(
                _time.GetElapsedTime(_startTimestamp),
                activeConcurrency,
                _requestsLastSecond,
                _p95LastSecondMilliseconds,
                _totalRequests,
                _totalErrors);
        }
    }

    public void Dispose()
    {
        lock (_harvestLock)
        {
            _timer?.Dispose();
            _completed = true;
        }
    }

    private void OnTick()
    {
        lock (_harvestLock)
        {
            if (_completed)
            {
                return;
            }

            HarvestLocked(isLast: false);
            _timer?.Change(DelayToNextHarvest(_time.GetUtcNow()), Timeout.InfiniteTimeSpan);
        }
    }

    private void HarvestLocked(bool isLast)
    {
        var label = _intervalStart.ToUnixTimeSeconds();
        _allLastSecond.Reset();
        long requests = 0;
        long errors = 0;
        foreach (var scenario in _scenarios)
        {
            var second = scenario.Harvest(label, isLast);
            requests += second.Requests;
            errors += second.Errors;
            _allLastSecond.Add(second.Latency);
        }

        _totalRequests += requests;
        _totalErrors += errors;
        _requestsLastSecond = requests;
        _p95LastSecondMilliseconds = _allLastSecond.TotalCount == 0
            ? null
            : _allLastSecond.GetValueAtPercentile(MetricsDefaults.LivePercentile) / MetricsDefaults.MicrosecondsPerMillisecond;
        _intervalStart = _time.GetUtcNow();
    }

    private static TimeSpan DelayToNextHarvest(DateTimeOffset now)
    {
        var bucketTicks = MetricsDefaults.BucketLength.Ticks;
        var intoBucket = TimeSpan.FromTicks(now.UtcTicks % bucketTicks);
        return MetricsDefaults.BucketLength - intoBucket + MetricsDefaults.HarvestLag;
    }
}
