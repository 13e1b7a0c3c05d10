using System.Runtime.ExceptionServices;
using PerfInfra.Engine.Http;
using PerfInfra.Engine.Metrics;

namespace PerfInfra.Engine.Load;

/// <summary>
/// Runs an open (arrival-rate) model: iterations start at their scheduled times whatever the target's
/// latency, at most <c>maxInFlight</c> at once, each on a free connection. An iteration due while
/// every slot is busy is delayed — counted in <see cref="LoadCounters.DelayedIterations"/> — and starts
/// as soon as a slot frees; its latency still counts from the scheduled time, so the wait shows in the
/// corrected latency (coordinated omission) while the service time shows only the target's part.
/// </summary>
/// <remarks>
/// Nothing is dropped: a backlog of delayed iterations keeps starting after the planned end, for up
/// to <see cref="LoadDefaults.GracefulStop"/>. Only a target stalled past that, or a stop, leaves
/// planned iterations unstarted, and they show as planned minus started.
/// </remarks>
internal sealed class OpenModelExecutor(ArrivalSchedule schedule, int maxInFlight, LoadRun run) : ILoadExecutor
{
    private readonly Stack<OpenSlot> _freeSlots = new();
    private readonly List<OpenSlot> _allSlots = [];
    private readonly Lock _slotsLock = new();
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Starts at 1 for the scheduler itself, so "no iteration in flight" is only final once scheduling is over.
    private int _outstanding = 1;
    private int _inFlight;
    private int _peak;
    private long _started;
    private long _delayed;

    // An exchange breaking its contract (throwing for a failed request) is a bug to report, not a
    // result: the first one ends the run as failed once in-flight iterations have drained.
    private Exception? _failure;
    private CancellationTokenSource? _abort;

    public int ActiveConcurrency => Volatile.Read(ref _inFlight);

    public LoadCounters Counters => new(
        schedule.PlannedIterations,
        Interlocked.Read(ref _started),
        Interlocked.Read(ref _delayed),
        Volatile.Read(ref _peak));

    public async Task RunAsync(CancellationToken cancellation)
    {
        if (maxInFlight <= 0 || schedule.PlannedIterations == 0)
        {
            return;
        }

        using var slots = new SemaphoreSlim(maxInFlight, maxInFlight);
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        _abort = abort;
        try
        {
            await ScheduleAsync(slots, abort.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            // Stopped early: in-flight requests are being cancelled by the same token.
        }

        if (Interlocked.Decrement(ref _outstanding) == 0)
        {
            _drained.TrySetResult();
        }

        try
        {
            // Not the run's token: when it fires, in-flight iterations end by themselves and drain fast.
            await _drained.Task.WaitAsync(LoadDefaults.GracefulStop, run.Time, CancellationToken.None).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Requests still unanswered after the grace period are cancelled, not counted.
            await abort.CancelAsync().ConfigureAwait(false);
            await _drained.Task.ConfigureAwait(false);
        }

        foreach (var slot in _allSlots)
        {
            await slot.Exchange.DisposeAsync().ConfigureAwait(false);
        }

        if (_failure is not null)
        {
            ExceptionDispatchInfo.Throw(_failure);
        }
    }

    private async Task ScheduleAsync(SemaphoreSlim slots, CancellationToken cancellation)
    {
        var time = run.Time;
        var start = time.GetTimestamp();
        var ticksPerSecond = (double)time.TimestampFrequency;
        // When the scheduler last got a slot after waiting for one: every iteration that fell due before
        // then was held back by the cap, even if a slot is free by its turn (the backlog drains fast).
        var capReleasedAt = long.MinValue;
        foreach (var due in schedule.DueTimes())
        {
            var intended = start + (long)(due.TotalSeconds * ticksPerSecond);
            var early = TimeSpan.FromSeconds((intended - time.GetTimestamp()) / ticksPerSecond);
            if (early > TimeSpan.Zero)
            {
                await Task.Delay(early, time, cancellation).ConfigureAwait(false);
            }

            if (!slots.Wait(0, cancellation))
            {
                Interlocked.Increment(ref _delayed);
                // A backlog keeps draining after the planned end, for as long as in-flight requests
                // may finish; only a target stalled past that leaves planned iterations unstarted.
                var untilGiveUp = schedule.Duration + LoadDefaults.GracefulStop - time.GetElapsedTime(start);
                if (untilGiveUp <= TimeSpan.Zero || !await slots.WaitAsync(untilGiveUp, cancellation).ConfigureAwait(false))
                {
                    return;
                }

                capReleasedAt = time.GetTimestamp();
            }
            else if (intended < capReleasedAt)
            {
                Interlocked.Increment(ref _delayed);
            }

            // A slot freed by a cancelled iteration can be granted to a wait that was cancelled at the same moment.
            if (cancellation.IsCancellationRequested)
            {
                slots.Release();
                return;
            }

            var slot = RentSlot();
            var scenario = run.Pick(run.Random);
            Interlocked.Increment(ref _started);
            Interlocked.Increment(ref _outstanding);
            InterlockedMax.Update(ref _peak, Interlocked.Increment(ref _inFlight));
            _ = RunIterationAsync(slot, scenario, intended, slots, cancellation);
        }
    }

    private async Task RunIterationAsync(OpenSlot slot, PreparedScenario scenario, long intended, SemaphoreSlim slots, CancellationToken cancellation)
    {
        try
        {
            await IterationRunner.RunAsync(
                slot.Exchange, scenario, slot.Requests.For(scenario), intended, thinkAfterLastStep: false,
                slot.Random, run.Time, cancellation, cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // The run was stopped: the cancelled request is not a result.
        }
        catch (Exception ex)
        {
            if (Interlocked.CompareExchange(ref _failure, ex, null) is null)
            {
                await _abort!.CancelAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
            lock (_slotsLock)
            {
                _freeSlots.Push(slot);
            }

            slots.Release();
            if (Interlocked.Decrement(ref _outstanding) == 0)
            {
                _drained.TrySetResult();
            }
        }
    }

    /// <summary>Connections are opened on first need, so a low rate never opens the whole cap.</summary>
    private OpenSlot RentSlot()
    {
        lock (_slotsLock)
        {
            if (_freeSlots.TryPop(out var free))
            {
                return free;
            }

            // Only the scheduler rents, so drawing the slot's seed from the run's random source is safe.
            var slot = new OpenSlot(run.Client.OpenExchange(), new Random(run.Random.Next()), run.NewUser());
            _allSlots.Add(slot);
            return slot;
        }
    }

    /// <summary>A connection and the random source of whichever iteration holds it.</summary>
    private sealed record OpenSlot(IHttpExchange Exchange, Random Random, UserRequests Requests);
}
