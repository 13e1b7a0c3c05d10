namespace PerfInfra.Lambdas.KillSwitch;

/// <summary>
/// Polls a kill switch while a worker runs and calls the stop action once, with
/// <see cref="KillSwitchDefaults.StopReason"/>, when it no longer says "run". The first read happens
/// before <see cref="StartAsync"/> returns, so a shard started after the flip sends nothing. A read
/// that fails (throttling, a network blip) is logged and retried at the next tick: an SSM hiccup must
/// not end a run that nobody asked to stop.
/// </summary>
internal sealed class KillSwitchWatch : IAsyncDisposable
{
    private readonly IKillSwitch _killSwitch;
    private readonly TimeSpan _interval;
    private readonly TimeProvider _time;
    private readonly Action<string> _stop;
    private readonly TextWriter _log;
    private readonly CancellationTokenSource _end = new();
    private Task _loop = Task.CompletedTask;

    private KillSwitchWatch(IKillSwitch killSwitch, TimeSpan interval, TimeProvider time, Action<string> stop, TextWriter log)
    {
        _killSwitch = killSwitch;
        _interval = interval;
        _time = time;
        _stop = stop;
        _log = log;
    }

    /// <summary>True once the switch said stop (the action was called).</summary>
    public bool Tripped { get; private set; }

    public static async Task<KillSwitchWatch> StartAsync(
        IKillSwitch killSwitch, TimeSpan interval, TimeProvider time, Action<string> stop, TextWriter log, CancellationToken cancellationToken)
    {
        var watch = new KillSwitchWatch(killSwitch, interval, time, stop, log);
        if (!await watch.PollOnceAsync(cancellationToken))
        {
            watch._loop = Task.Run(() => watch.LoopAsync(watch._end.Token), CancellationToken.None);
        }

        return watch;
    }

    public async ValueTask DisposeAsync()
    {
        await _end.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // The loop's normal end: the run is over.
        }

        _end.Dispose();
    }

    private async Task LoopAsync(CancellationToken end)
    {
        while (!end.IsCancellationRequested)
        {
            await Task.Delay(_interval, _time, end);
            if (await PollOnceAsync(end))
            {
                return;
            }
        }
    }

    /// <summary>Reads the switch once; true when it said stop and the action was called.</summary>
    private async Task<bool> PollOnceAsync(CancellationToken cancellationToken)
    {
        string value;
        try
        {
            value = await _killSwitch.ReadAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await _log.WriteLineAsync($"kill switch {_killSwitch.Name}: could not read it ({e.GetType().Name}: {e.Message}); the run goes on, next read in {_interval.TotalSeconds} s");
            return false;
        }

        if (KillSwitchDefaults.AllowsRuns(value))
        {
            return false;
        }

        Tripped = true;
        _stop(KillSwitchDefaults.StopReason(_killSwitch.Name, value));
        return true;
    }
}
