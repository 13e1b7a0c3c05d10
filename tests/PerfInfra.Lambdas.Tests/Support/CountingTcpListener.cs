using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace PerfInfra.Lambdas.Tests.Support;

/// <summary>
/// A TCP listener on 127.0.0.1 that accepts and counts connections and never answers: proof that
/// nothing was sent to it (a refused run must not even connect).
/// </summary>
internal sealed class CountingTcpListener : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Task _loop;
    private int _connections;

    public CountingTcpListener()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _loop = Task.Run(AcceptAsync);
    }

    public int Port { get; }

    public string PortText => Port.ToString(CultureInfo.InvariantCulture);

    public int Connections => Volatile.Read(ref _connections);

    public void Dispose()
    {
        _listener.Stop();
        _ = _loop.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            var client = await _listener.AcceptTcpClientAsync();
            Interlocked.Increment(ref _connections);
            client.Dispose();
        }
    }
}
