using PerfInfra.Engine.Http;

namespace PerfInfra.Engine.Load;

/// <summary>Runs one iteration of a scenario on one connection: each step in order, pausing between them.</summary>
internal static class IterationRunner
{
    /// <summary>
    /// Runs the steps of <paramref name="scenario"/> with <paramref name="requests"/> (the user's bound copy). The first step's latency counts from
    /// <paramref name="intendedTimestamp"/> when given (open models: the scheduled time); later steps
    /// count from when they were actually sent. <paramref name="stopAfterRequest"/> ends the iteration
    /// at the next step boundary (ramp-down: the request in flight completes and is recorded);
    /// <paramref name="cancellation"/> cancels the request itself. Returns false if stopped early.
    /// </summary>
    public static async Task<bool> RunAsync(
        IHttpExchange exchange,
        PreparedScenario scenario,
        PreparedRequest[] requests,
        long? intendedTimestamp,
        bool thinkAfterLastStep,
        Random random,
        TimeProvider time,
        CancellationToken stopAfterRequest,
        CancellationToken cancellation)
    {
        var steps = scenario.Recorder.StepsInOrder;
        var last = requests.Length - 1;
        for (var i = 0; i <= last; i++)
        {
            // A stop that raced with this step's start must not put one more request on the wire.
            cancellation.ThrowIfCancellationRequested();
            var outcome = await exchange.SendAsync(requests[i], cancellation).ConfigureAwait(false);
            if (i == 0 && intendedTimestamp is { } intended)
            {
                steps[i].Record(outcome, intended);
            }
            else
            {
                steps[i].Record(outcome);
            }

            if (i == last)
            {
                scenario.Recorder.CountIteration();
                if (!thinkAfterLastStep)
                {
                    return true;
                }
            }

            // After the last step a stop only skips the pause: the iteration itself is complete.
            if (stopAfterRequest.IsCancellationRequested)
            {
                return i == last;
            }

            var think = scenario.ThinkTimeAfter(i);
            if (!think.IsNone && !await PauseAsync(think.Sample(random.NextDouble()), time, stopAfterRequest).ConfigureAwait(false))
            {
                return i == last;
            }
        }

        return true;
    }

    /// <summary>Waits; false when <paramref name="stop"/> fired first.</summary>
    private static async Task<bool> PauseAsync(TimeSpan pause, TimeProvider time, CancellationToken stop)
    {
        if (pause <= TimeSpan.Zero)
        {
            return true;
        }

        try
        {
            await Task.Delay(pause, time, stop).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return false;
        }
    }
}
