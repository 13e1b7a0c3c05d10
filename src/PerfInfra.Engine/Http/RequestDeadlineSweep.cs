namespace PerfInfra.Engine.Http;

/// <summary>
/// One timer for all connections of a client instead of one per request: each exchange publishes the
/// deadline of its request in a field, and this sweep aborts the connections that are overdue. A request
/// therefore costs two field writes for its timeout, at the price of firing up to one sweep interval late.
/// </summary>
internal sealed class RequestDeadlineSweep : IDisposable
{
    private readonly Lock gate = new();
    private readonly List<SocketHttpExchange> exchanges = [];
    private readonly Timer timer;

    public RequestDeadlineSweep(TimeSpan interval)
    {
        timer = new Timer(static state => ((RequestDeadlineSweep)state!).Sweep(), this, interval, interval);
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

    public void Dispose() => timer.Dispose();

    private void Sweep()
    {
        var now = System.Diagnostics.Stopwatch.GetTimestamp();
        lock (gate)
        {
            foreach (var exchange in exchanges)
            {
                exchange.ExpireIfOverdue(now);
            }
        }
    }
}
