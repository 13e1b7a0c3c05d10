using PerfInfra.Engine.Http;
using PerfInfra.Engine.Load;
using PerfInfra.Engine.Metrics;

namespace PerfInfra.Engine.Suites.Api;

/// <summary>
/// Runs one API load test (a whole local run, or one shard on a Lambda worker) and returns its
/// <see cref="WorkerResult"/>. Guarantees: the target is checked against the allow-list and the load
/// against the safety caps before any request; a stop, an <see cref="Abort"/> or the
/// <see cref="Deadline"/> ends the run within <see cref="ApiWorkerDefaults.StopBudget"/> with the data
/// measured so far (in-flight requests are cancelled and not counted).
/// </summary>
public sealed class ApiWorker : IDisposable
{
    private readonly ApiSuitePlan _plan;
    private readonly ILoadHttpClient _client;
    private readonly TimeProvider _time;
    private readonly string _workerId;
    private readonly MetricsCollector _metrics;
    private readonly CancellationTokenSource _abort = new();
    private readonly Lock _endLock = new();
    private ILoadExecutor? _executor;
    private DateTimeOffset _startedAt;
    private WorkerResult? _final;
    private int _runStarted;

    // First reason to end the run wins; read after the run to set the completion.
    private (RunCompletion Completion, string Reason)? _earlyEnd;

    /// <exception cref="Safety.TargetNotAllowedException">The client's host is not on the plan's allow-list.</exception>
    /// <exception cref="LoadLimitExceededException">Users, rate or duration exceed the plan's caps.</exception>
    /// <exception cref="ArgumentException">The load model or scenarios are invalid (every problem is listed).</exception>
    public ApiWorker(ApiSuitePlan plan, ILoadHttpClient client, TimeProvider time, string workerId = ApiWorkerDefaults.LocalWorkerId)
    {
        plan.AllowList.EnsureAllowed(client.BaseUrl);
        EnsureValid(plan);
        EnsureWithinLimits(plan);
        _plan = plan;
        _client = client;
        _time = time;
        _workerId = workerId;
        _metrics = new MetricsCollector(plan.Scenarios, plan.Load.IsOpen, time);
        _startedAt = time.GetUtcNow();
    }

    /// <summary>
    /// Wall-clock time by which the run must be over (a Lambda shard's own timeout). The worker starts
    /// stopping <see cref="ApiWorkerDefaults.DeadlineMargin"/> before it and reports
    /// <see cref="RunCompletion.Interrupted"/> with reason "deadline".
    /// </summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>Seeds scenario picks and think times; pass a seeded one for a reproducible run.</summary>
    public Random Random { get; init; } = new();

    /// <summary>The progress line's figures; cheap, callable from any thread.</summary>
    public LiveStats Live => _metrics.Live(_executor?.ActiveConcurrency ?? 0);

    /// <summary>Asks the run to stop now with <see cref="RunCompletion.Aborted"/> (e.g. an abort_on_fail threshold breached).</summary>
    public void Abort(string reason)
    {
        if (SetEarlyEnd(RunCompletion.Aborted, reason))
        {
            _abort.Cancel();
        }
    }

    /// <summary>
    /// Asks the run to stop now with <see cref="RunCompletion.Interrupted"/> and <paramref name="reason"/>
    /// (an operator's stop, e.g. the AWS kill switch): the data measured so far is kept, as for a stop
    /// token. Called before <see cref="RunAsync"/>, the run ends at once with no requests.
    /// </summary>
    public void Stop(string reason)
    {
        if (SetEarlyEnd(RunCompletion.Interrupted, reason))
        {
            _abort.Cancel();
        }
    }

    /// <summary>
    /// Cumulative result so far, for live threshold checks; after the run, the final result. While
    /// running it says <see cref="RunCompletion.Interrupted"/> with reason "in progress".
    /// </summary>
    public WorkerResult Snapshot() =>
        _final ?? BuildResult(RunCompletion.Interrupted, ApiWorkerDefaults.InProgressReason);

    /// <summary>Runs the load model for its whole duration, or until <paramref name="stop"/> fires (then <see cref="RunCompletion.Interrupted"/>).</summary>
    public async Task<WorkerResult> RunAsync(CancellationToken stop)
    {
        if (Interlocked.Exchange(ref _runStarted, 1) != 0)
        {
            throw new InvalidOperationException("an ApiWorker runs once; create a new one for another run");
        }

        var run = new LoadRun(_client, _metrics, _plan.Scenarios, _time, Random, _workerId);
        _executor = LoadExecutors.Create(_plan.Load, run);
        using var deadline = StartDeadline();
        using var stopRegistration = stop.Register(() => SetEarlyEnd(RunCompletion.Interrupted, ApiWorkerDefaults.StoppedReason));
        using var end = CancellationTokenSource.CreateLinkedTokenSource(stop, _abort.Token, deadline.Token);
        _startedAt = _time.GetUtcNow();
        _metrics.Start();
        var running = _executor.RunAsync(end.Token);
        try
        {
            await running.WaitAsync(end.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (end.IsCancellationRequested)
        {
            await UnwindAsync(running).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            SetEarlyEnd(RunCompletion.Failed, $"{ex.GetType().Name}: {ex.Message}");
        }

        // Callbacks of a cancelled token run newest first, so the run can finish before the callback
        // that names the reason has run: settle the reason from the tokens themselves.
        if (stop.IsCancellationRequested)
        {
            SetEarlyEnd(RunCompletion.Interrupted, ApiWorkerDefaults.StoppedReason);
        }
        else if (deadline.IsCancellationRequested)
        {
            SetEarlyEnd(RunCompletion.Interrupted, ApiWorkerDefaults.DeadlineReason);
        }

        _metrics.Complete();
        _final = _earlyEnd is { } early
            ? BuildResult(early.Completion, early.Reason)
            : BuildResult(RunCompletion.Completed, reason: null);
        return _final;
    }

    public void Dispose()
    {
        _metrics.Dispose();
        _abort.Dispose();
    }

    /// <summary>Gives the executor the stop budget to cancel its requests; past it, returns what was recorded.</summary>
    private async Task UnwindAsync(Task running)
    {
        try
        {
            await running.WaitAsync(ApiWorkerDefaults.StopBudget, _time, CancellationToken.None).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // An exchange that ignores cancellation must not hold the report hostage; its late
            // result lands after Complete() and is not reported.
        }
    }

    private CancellationTokenSource StartDeadline()
    {
        if (Deadline is not { } deadline)
        {
            return new CancellationTokenSource();
        }

        var remaining = deadline - ApiWorkerDefaults.DeadlineMargin - _time.GetUtcNow();
        var source = new CancellationTokenSource(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, _time);
        source.Token.Register(() => SetEarlyEnd(RunCompletion.Interrupted, ApiWorkerDefaults.DeadlineReason));
        return source;
    }

    private bool SetEarlyEnd(RunCompletion completion, string reason)
    {
        lock (_endLock)
        {
            if (_earlyEnd is not null || _final is not null)
            {
                return false;
            }

            _earlyEnd = (completion, reason);
            return true;
        }
    }

    private WorkerResult BuildResult(RunCompletion completion, string? reason) => new(
        _workerId,
        _startedAt,
        _time.GetUtcNow(),
        completion,
        reason,
        _executor?.Counters ?? new LoadCounters(0, 0, 0, 0),
        _metrics.Snapshot());

    private static void EnsureValid(ApiSuitePlan plan)
    {
        var problems = plan.Load.Validate().ToList();
        problems.AddRange(ScenarioPicker.Validate(plan.Scenarios.Select(s => s.Weight).ToArray()));
        problems.AddRange(plan.Scenarios
            .Where(s => s.Steps.Count == 0)
            .Select(s => $"scenarios.{s.Name}.steps: a scenario needs at least one step"));
        if (problems.Count > 0)
        {
            throw new ArgumentException("the API load plan is invalid: " + string.Join("; ", problems), nameof(plan));
        }
    }

    private static void EnsureWithinLimits(ApiSuitePlan plan)
    {
        var load = plan.Load;
        var limits = plan.Limits;
        var violations = new List<string>();
        if (load.PeakConcurrency > limits.MaxUsers)
        {
            var what = load.IsOpen ? "max in flight" : "users";
            violations.Add($"{what} {load.PeakConcurrency} exceeds the cap of {limits.MaxUsers} (limits.max_users)");
        }

        if (load.PeakRatePerSecond is { } rate && rate > limits.MaxRatePerSecond)
        {
            violations.Add($"rate {rate}/s exceeds the cap of {limits.MaxRatePerSecond}/s (limits.max_rate)");
        }

        if (load.TotalDuration > limits.MaxDuration)
        {
            violations.Add($"duration {load.TotalDuration} exceeds the cap of {limits.MaxDuration} (limits.max_duration)");
        }

        if (violations.Count > 0)
        {
            throw new LoadLimitExceededException(violations);
        }
    }
}
