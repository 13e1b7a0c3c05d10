using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PerfInfra.Engine.Tests.Http;

/// <summary>
/// A raw TCP server on 127.0.0.1 whose every connection runs a script, so tests can produce exactly the
/// bytes and faults (resets, stalls, early closes) a real server would, and count connections.
/// </summary>
internal sealed class ScriptedServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Func<ScriptedConnection, Task> script;
    private readonly CancellationTokenSource stop = new();
    private readonly List<Task> connections = [];
    private readonly Task acceptLoop;
    private int accepted;

    public ScriptedServer(Func<ScriptedConnection, Task> script)
    {
        this.script = script;
        listener.Start();
        acceptLoop = AcceptAsync();
    }

    public Uri BaseUrl => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");

    public int AcceptedConnections => Volatile.Read(ref accepted);

    /// <summary>Answers every request on a keep-alive connection with the same bytes.</summary>
    public static ScriptedServer RespondingWith(string response) => new(async connection =>
    {
        while (await connection.ReadRequestAsync() is not null)
        {
            await connection.WriteAsync(response);
        }
    });

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        try
        {
            await acceptLoop;
        }
        catch (OperationCanceledException)
        {
        }

        Task[] running;
        lock (connections)
        {
            running = [.. connections];
        }

        await Task.WhenAll(running).WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { }, TaskScheduler.Default);
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptSocketAsync(stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref accepted);
            var connection = new ScriptedConnection(socket, stop.Token);
            lock (connections)
            {
                connections.Add(RunAsync(connection));
            }
        }
    }

    private async Task RunAsync(ScriptedConnection connection)
    {
        try
        {
            await script(connection);
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
            // The client went away or the test ended: both are normal endings for a scripted connection.
        }
        finally
        {
            connection.Dispose();
        }
    }
}
