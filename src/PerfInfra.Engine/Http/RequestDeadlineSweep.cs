using System.Diagnostics;

namespace PerfInfra.Engine.Http;

/// <summary>
/// One sweep for all connections of a client instead of a timer per request: each exchange publishes the
/// deadline of its request in a field, and this sweep aborts the connections that are overdue. A request
/// therefore costs two field writes for its timeout, at the price of firing up to one interval late. The
/// sweep sleeps on its own background thread rather than a thread-pool timer, because each pool wake-up
/// also costs a worker's spin-wait, which showed up in the generator's CPU profile.
/// </summary>
internal sealed class RequestDeadlineSweep : IDisposable
{
    // A monitor, not a Lock: the sweep thread waits on it (Monitor.Wait) to sleep and to be woken on dispose.
    private readonly object gate = new();
    private readonly List<SocketHttpExchange> exchanges = [];
    private readonly TimeSpan interval;
    private bool disposed;

    public RequestDeadlineSweep(TimeSpan interval)
    {
        this.interval = interval;
        var thread = new Thread(Run) { IsBackground = true, Name = "PerfInfra deadline sweep" };
        thread.Start();
    }

    public void Add(SocketHttpExchange exchange)
    {
        lock (gate)
        {
            exchanges.Add(exchange);
        }
    }

    public void Remove(SocketHttpExchange exchange)
    {
        lock (gate)
        {
            exchanges.Remove(exchange);
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            Monitor.PulseAll(gate);
        }
    }

    private void Run()
    {
        lock (gate)
        {
            while (!disposed)
            {
                // Waiting releases the gate, so exchanges can come and go between sweeps.
                Monitor.Wait(gate, interval);
                var now = Stopwatch.GetTimestamp();
                foreach (var exchange in exchanges)
                {
                    exchange.ExpireIfOverdue(now);
                }
            }
        }
    }
}
