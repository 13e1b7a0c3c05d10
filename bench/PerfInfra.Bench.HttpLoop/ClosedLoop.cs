using PerfInfra.Engine.Http;

namespace PerfInfra.Bench.HttpLoop;

/// <summary>
/// N tasks, each owning one exchange, sending the same request back to back until the time is up —
/// what wrk does with N connections. Stops on a flag rather than a cancellation token, so the end of the
/// run is not a burst of cancellation exceptions.
/// </summary>
internal sealed class ClosedLoop(ILoadHttpClient client, PreparedRequest request)
{
    private volatile bool stopping;

    /// <summary>The first failed outcome, so a broken setup shows its cause instead of only a count.</summary>
    public HttpOutcome? FirstFailure { get; private set; }

    public async Task<(long Requests, long Errors)> RunAsync(int connections, TimeSpan duration)
    {
        var workers = new Task<(long, long)>[connections];
        for (var i = 0; i < connections; i++)
        {
            workers[i] = Task.Run(RunOneAsync);
        }

        await Task.Delay(duration);
        stopping = true;
        long requests = 0;
        long errors = 0;
        foreach (var (done, failed) in await Task.WhenAll(workers))
        {
            requests += done;
            errors += failed;
        }

        return (requests, errors);
    }

    private async Task<(long, long)> RunOneAsync()
    {
        await using var exchange = client.OpenExchange();
        long requests = 0;
        long errors = 0;
        while (!stopping)
        {
            var outcome = await exchange.SendAsync(request, CancellationToken.None);
            requests++;
            if (!outcome.IsSuccess)
            {
                errors++;
                FirstFailure ??= outcome;
            }
        }

        return (requests, errors);
    }
}
