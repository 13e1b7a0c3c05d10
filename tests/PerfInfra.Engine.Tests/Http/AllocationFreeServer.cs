using System.Net;
using System.Net.Sockets;

namespace PerfInfra.Engine.Tests.Http;

/// <summary>
/// A keep-alive server that answers every bodiless request with fixed bytes and allocates nothing per
/// request itself, so a test can attribute the process's allocations to the client.
/// </summary>
internal sealed class AllocationFreeServer : IAsyncDisposable
{
    private readonly Socket listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private readonly byte[] response;
    private readonly CancellationTokenSource stop = new();
    private readonly List<Task> connections = [];
    private readonly Task acceptLoop;

    public AllocationFreeServer(byte[] response)
    {
        this.response = response;
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen();
        acceptLoop = AcceptAsync();
    }

    public Uri BaseUrl => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndPoint!).Port}/");

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Dispose();
        await acceptLoop.ContinueWith(_ => { }, TaskScheduler.Default);
        await Task.WhenAll(connections).ContinueWith(_ => { }, TaskScheduler.Default);
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            var socket = await listener.AcceptAsync(stop.Token);
            socket.NoDelay = true;
            connections.Add(ServeAsync(socket));
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        using var owned = socket;
        var buffer = new byte[4096];
        var filled = 0;
        try
        {
            while (true)
            {
                var count = await socket.ReceiveAsync(buffer.AsMemory(filled), SocketFlags.None, stop.Token);
                if (count == 0)
                {
                    return;
                }

                filled += count;
                // Requests here have no body: one ends at the blank line.
                if (buffer.AsSpan(0, filled).EndsWith("\r\n\r\n"u8))
                {
                    filled = 0;
                    await socket.SendAsync(response, SocketFlags.None, stop.Token);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Client gone or test over.
        }
    }
}
