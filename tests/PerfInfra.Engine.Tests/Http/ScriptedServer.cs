using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
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

    private readonly X509Certificate2? certificate;

    /// <param name="certificate">When set, connections speak TLS with this server certificate.</param>
    public ScriptedServer(Func<ScriptedConnection, Task> script, X509Certificate2? certificate = null)
    {
        this.script = script;
        this.certificate = certificate;
        listener.Start();
        acceptLoop = AcceptAsync();
    }

    public Uri BaseUrl => new($"{(certificate is null ? "http" : "https")}://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");

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
            lock (connections)
            {
                connections.Add(RunAsync(socket));
            }
        }
    }

    private async Task RunAsync(Socket socket)
    {
        Stream stream = new NetworkStream(socket, ownsSocket: false);
        using var connection = new ScriptedConnection(socket, stream, stop.Token);
        try
        {
            if (certificate is not null)
            {
                var tls = new SslStream(stream);
                await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = certificate }, stop.Token);
                await script(new ScriptedConnection(socket, tls, stop.Token));
                return;
            }

            await script(connection);
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException
                                      or System.Security.Authentication.AuthenticationException)
        {
            // The client went away, rejected our certificate, or the test ended: normal endings for a script.
        }
    }
}
