using System.Runtime.ExceptionServices;
using PerfInfra.Engine.Http;
using PerfInfra.Engine.Metrics;

namespace PerfInfra.Engine.Load;

/// <summary>
/// Closed model: a number of virtual users, each with its own connection, looping iterations (pick a
/// scenario by weight, run its steps, think between steps and iterations). A user waits for each
/// response before sending again, so a slow target lowers the rate — the seed's "1000 concurrent users".
/// The number of users follows <see cref="EffectiveStages"/>: either explicit <see cref="Stages"/>, or
/// the sugar <see cref="Users"/> with <see cref="RampUp"/>, <see cref="Hold"/> and <see cref="RampDown"/>.
/// </summary>
public sealed record ClosedModelOptions : LoadModelOptions
{
    /// <summary>Users held during <see cref="Hold"/>; leave 0 when <see cref="Stages"/> is given.</summary>
    public int Users { get; init; }

    /// <summary>Time to go linearly from 0 to <see cref="Users"/>; 0 starts them all at once (the default).</summary>
    public TimeSpan RampUp { get; init; }

    /// <summary>Time at <see cref="Users"/> (the seed's 5 minutes); must be > 0 unless <see cref="Stages"/> is given.</summary>
    public TimeSpan Hold { get; init; }

    /// <summary>Time to go linearly from <see cref="Users"/> to 0; 0 stops them all at the end (the default).</summary>
    public TimeSpan RampDown { get; init; }

    /// <summary>Explicit stages (targets are users, moving linearly from 0); overrides the sugar above.</summary>
    public IReadOnlyList<LoadStage>? Stages { get; init; }

    public override string ModelName => "closed";

    public override bool IsOpen => false;

    public IReadOnlyList<LoadStage> EffectiveStages => Stages ?? SugarStages();

    public override TimeSpan TotalDuration => LoadShape.TotalDuration(EffectiveStages);

    public override int PeakConcurrency =>
        EffectiveStages.Count == 0 ? 0 : (int)Math.Ceiling(EffectiveStages.Max(s => s.Target));

    public override double? PeakRatePerSecond => null;

    public override IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Stages is not null)
        {
            if (Users != 0 || RampUp != TimeSpan.Zero || Hold != TimeSpan.Zero || RampDown != TimeSpan.Zero)
            {
                errors.Add("load: give either stages or users with ramp_up/hold/ramp_down, not both");
            }

            errors.AddRange(LoadShape.Validate("load.stages", Stages, "users"));
            if (!IsShard && Stages.Count > 0 && PeakConcurrency < 1)
            {
                errors.Add("load.stages: no stage has a target ≥ 1 user, so nothing would run");
            }

            return errors;
        }

        var minimumUsers = IsShard ? 0 : 1;
        if (Users < minimumUsers)
        {
            errors.Add($"load.users: {Users} is not allowed; use a whole number ≥ {minimumUsers}");
        }

        if (RampUp < TimeSpan.Zero)
        {
            errors.Add($"load.ramp_up: {RampUp} is negative; use 0s or more");
        }

        if (Hold <= TimeSpan.Zero)
        {
            errors.Add($"load.duration: {Hold} is not allowed; use a duration > 0 (e.g. 5m)");
        }

        if (RampDown < TimeSpan.Zero)
        {
            errors.Add($"load.ramp_down: {RampDown} is negative; use 0s or more");
        }

        return errors;
    }

    /// <summary>Users (and every stage target) split between shards, remainders to the lowest shards.</summary>
    public override LoadModelOptions Shard(int shardIndex, int shardCount)
    {
        ShardSplit.EnsureValid(this, shardIndex, shardCount);
        return this with
        {
            Users = ShardSplit.Split(Users, shardIndex, shardCount),
            Stages = Stages?
                .Select(s => s with { Target = ShardSplit.Split((int)Math.Round(s.Target), shardIndex, shardCount) })
                .ToArray(),
            ShardIndex = shardIndex,
            ShardCount = shardCount,
        };
    }

    private LoadStage[] SugarStages() =>
    [
        // A zero-length stage is a jump: with no ramp-up every user starts at once.
        new(RampUp, Users),
        new(Hold, Users),
        new(RampDown, 0),
    ];
}

/// <summary>
/// Runs <see cref="ClosedModelOptions"/>: a controller re-reads the stage target every
/// <see cref="LoadDefaults.RampTick"/> and starts users (each on its own connection and with its own
/// random source) or asks the newest ones to stop. A stopped user finishes the request in flight,
/// records it, and leaves; at the end every user does the same within <see cref="LoadDefaults.GracefulStop"/>.
/// </summary>
internal sealed class ClosedModelExecutor(ClosedModelOptions options, LoadRun run) : ILoadExecutor
{
    private readonly Stack<VirtualUser> _running = new();
    private readonly List<Task> _userTasks = [];

    // Every user ever started: their stop signals are disposed only once the run is over, so a stop
    // request can never meet a disposed signal. Bounded by the users a stage plan starts.
    private readonly List<VirtualUser> _allUsers = [];
    private int _active;
    private int _peak;
    private long _started;

    // An exchange breaking its contract (throwing for a failed request) is a bug to report, not a
    // result: the first one stops every user and ends the run as failed.
    private Exception? _failure;
    private CancellationTokenSource? _abort;

    public int ActiveConcurrency => Volatile.Read(ref _active);

    /// <summary>A closed model plans no iteration count: planned equals started.</summary>
    public LoadCounters Counters
    {
        get
        {
            var started = Interlocked.Read(ref _started);
            return new LoadCounters(started, started, 0, Volatile.Read(ref _peak));
        }
    }

    public async Task RunAsync(CancellationToken cancellation)
    {
        if (options.PeakConcurrency == 0)
        {
            // A shard left with no users: nothing to run, and no reason to hold a worker for the duration.
            return;
        }

        using var abort = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        _abort = abort;
        var time = run.Time;
        var stages = options.EffectiveStages;
        var total = options.TotalDuration;
        var start = time.GetTimestamp();
        try
        {
            while (true)
            {
                var elapsed = time.GetElapsedTime(start);
                if (elapsed >= total)
                {
                    break;
                }

                Follow((int)Math.Floor(LoadShape.TargetAt(stages, 0, elapsed)), abort.Token);
                var untilEnd = total - elapsed;
                await Task.Delay(untilEnd < LoadDefaults.RampTick ? untilEnd : LoadDefaults.RampTick, time, abort.Token).ConfigureAwait(false);
            }

            Follow(0, abort.Token);
            await WaitForUsersAsync(abort).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            await abort.CancelAsync().ConfigureAwait(false);
            Follow(0, abort.Token);
            await Task.WhenAll(_userTasks).ConfigureAwait(false);
        }
        finally
        {
            _allUsers.ForEach(u => u.Dispose());
        }

        if (_failure is not null)
        {
            ExceptionDispatchInfo.Throw(_failure);
        }
    }

    private void Follow(int target, CancellationToken cancellation)
    {
        _userTasks.RemoveAll(t => t.IsCompleted);
        while (_running.Count < target)
        {
            var user = new VirtualUser(run.Client.OpenExchange(), new Random(run.Random.Next()), run.NewUser(), cancellation);
            _running.Push(user);
            _allUsers.Add(user);
            // Task.Run: a user whose exchange completes synchronously must not run inside this loop.
            _userTasks.Add(Task.Run(() => RunUserAsync(user, cancellation), CancellationToken.None));
        }

        while (_running.Count > target)
        {
            _running.Pop().RequestStop();
        }
    }

    private async Task WaitForUsersAsync(CancellationTokenSource abort)
    {
        var all = Task.WhenAll(_userTasks);
        try
        {
            await all.WaitAsync(LoadDefaults.GracefulStop, run.Time, CancellationToken.None).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Requests still unanswered after the grace period are cancelled, not counted.
            await abort.CancelAsync().ConfigureAwait(false);
            await all.ConfigureAwait(false);
        }
    }

    private async Task RunUserAsync(VirtualUser user, CancellationToken cancellation)
    {
        var active = Interlocked.Increment(ref _active);
        InterlockedMax.Update(ref _peak, active);
        try
        {
            while (!user.Stop.IsCancellationRequested)
            {
                var scenario = run.Pick(user.Random);
                Interlocked.Increment(ref _started);
                await IterationRunner.RunAsync(
                    user.Exchange, scenario, user.Requests.For(scenario), intendedTimestamp: null, thinkAfterLastStep: true,
                    user.Random, run.Time, user.Stop, cancellation).ConfigureAwait(false);
            }
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
            Interlocked.Decrement(ref _active);
            await user.Exchange.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>One user: its connection, its random source, and its "stop after this request" signal.</summary>
    private sealed class VirtualUser(IHttpExchange exchange, Random random, UserRequests requests, CancellationToken cancellation) : IDisposable
    {
        public UserRequests Requests { get; } = requests;

        private readonly CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);

        public IHttpExchange Exchange { get; } = exchange;

        public Random Random { get; } = random;

        public CancellationToken Stop => _stop.Token;

        public void RequestStop() => _stop.Cancel();

        public void Dispose() => _stop.Dispose();
    }
}
