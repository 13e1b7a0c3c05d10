using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;

namespace PerfInfra.Engine.Http;

/// <summary>
/// One TCP connection, plain or TLS. Plain connections talk to the <see cref="Socket"/> directly: its
/// Memory-based async calls reuse one cached awaitable per socket, so a request costs no allocation.
/// </summary>
internal sealed class HttpConnection : IDisposable
{
    private readonly Socket socket;
    private SslStream? tls;

    public HttpConnection(AddressFamily family)
    {
        socket = new Socket(family, SocketType.Stream, ProtocolType.Tcp)
        {
            // Requests are written in one call; Nagle would only hold the next one back.
            NoDelay = true,
        };
    }

    /// <summary>Responses completed on this connection; above zero, a failure may be a stale keep-alive.</summary>
    public int CompletedResponses { get; set; }

    public ValueTask ConnectAsync(IPEndPoint endPoint, CancellationToken cancellationToken) =>
        socket.ConnectAsync(endPoint, cancellationToken);

    /// <summary>Runs the TLS handshake. Any failure here is reported as an <see cref="AuthenticationException"/>,
    /// because a peer that closes mid-handshake is a TLS problem to the user, not a reset.</summary>
    public async ValueTask AuthenticateAsync(string host, bool acceptAnyCertificate, CancellationToken cancellationToken)
    {
        var stream = new SslStream(new NetworkStream(socket, ownsSocket: false), leaveInnerStreamOpen: false);
        tls = stream;
        var options = new SslClientAuthenticationOptions
        {
            TargetHost = host,
            ApplicationProtocols = [SslApplicationProtocol.Http11],
        };
        if (acceptAnyCertificate)
        {
#pragma warning disable CA5359 // Opt-in for self-signed test targets only (LoadHttpClientOptions.AcceptAnyCertificate, off by default).
            options.RemoteCertificateValidationCallback = static (_, _, _, _) => true;
#pragma warning restore CA5359
        }

        try
        {
            await stream.AuthenticateAsClientAsync(options, cancellationToken);
        }
        catch (IOException e) when (e.InnerException is not SocketException)
        {
            throw new AuthenticationException("TLS handshake failed: " + e.Message, e);
        }
    }

    public ValueTask SendAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        if (tls is not null)
        {
            return tls.WriteAsync(data, cancellationToken);
        }

        var pending = socket.SendAsync(data, SocketFlags.None, cancellationToken);
        if (pending.IsCompletedSuccessfully)
        {
            var sent = pending.Result;
            return sent == data.Length ? default : SendRestAsync(data[sent..], cancellationToken);
        }

        return AwaitSendAsync(pending, data, cancellationToken);
    }

    public ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken) =>
        tls is not null ? tls.ReadAsync(buffer, cancellationToken) : socket.ReceiveAsync(buffer, SocketFlags.None, cancellationToken);

    /// <summary>Called from the deadline sweep on another thread: closing the socket fails the pending
    /// operation, which is the only way to stop a receive without arming a timer for it.</summary>
    public void Abort() => socket.Dispose();

    public void Dispose()
    {
        tls?.Dispose();
        socket.Dispose();
    }

    private async ValueTask AwaitSendAsync(ValueTask<int> pending, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var sent = await pending;
        if (sent < data.Length)
        {
            await SendRestAsync(data[sent..], cancellationToken);
        }
    }

    private async ValueTask SendRestAsync(ReadOnlyMemory<byte> rest, CancellationToken cancellationToken)
    {
        while (!rest.IsEmpty)
        {
            var sent = await socket.SendAsync(rest, SocketFlags.None, cancellationToken);
            rest = rest[sent..];
        }
    }
}
