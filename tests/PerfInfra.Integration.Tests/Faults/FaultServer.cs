using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PerfInfra.Integration.Tests.Faults;

/// <summary>
/// A raw TCP server on 127.0.0.1 that answers each request the way its <see cref="FaultBehavior"/>
/// says: a correct response, a broken one, or none. Raw sockets rather than Kestrel, because Kestrel
/// refuses to send what a broken server sends (bad status lines, resets mid-body, stalls mid-header).
/// It counts connections, requests and the last value of one header, so a test can prove what the
/// target saw. Disposing it closes every connection.
/// </summary>
internal sealed class FaultServer : IDisposable
{
    private const int RequestHeaderLimitBytes = 64 * 1024;

    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly FaultBehavior _behavior;
    private readonly int? _acceptLimit;
    private readonly string? _recordedHeader;
    private readonly FaultBehavior? _onConnect;
    private int _connections;
    private long _requests;
    private string? _lastHeaderValue;

    /// <param name="behavior">What to do with each request.</param>
    /// <param name="acceptLimit">After this many connections the listener closes, so later connects are refused.</param>
    /// <param name="recordedHeader">A request header whose last value <see cref="LastHeaderValue"/> keeps.</param>
    /// <param name="onConnect">Runs on each new connection before any request is read (e.g. to break a TLS handshake).</param>
    public FaultServer(FaultBehavior behavior, int? acceptLimit = null, string? recordedHeader = null, FaultBehavior? onConnect = null)
    {
        _behavior = behavior;
        _acceptLimit = acceptLimit;
        _recordedHeader = recordedHeader;
        _onConnect = onConnect;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptLoopAsync();
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}/";

    public int Connections => Volatile.Read(ref _connections);

    public long Requests => Interlocked.Read(ref _requests);

    public string? LastHeaderValue => Volatile.Read(ref _lastHeaderValue);

    /// <summary>Closes the listening socket: from now on, connects are refused.</summary>
    public void StopListening() => _listener.Stop();

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                var count = Interlocked.Increment(ref _connections);
                _ = ServeAsync(client);
                if (_acceptLimit is { } limit && count >= limit)
                {
                    _listener.Stop();
                    return;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // stopped
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        var token = _stop.Token;
        try
        {
            using (client)
            {
                client.NoDelay = true;
                var stream = client.GetStream();
                if (_onConnect is not null && await _onConnect(new FaultExchange(client, stream, -1), token) == FaultNext.Close)
                {
                    return;
                }

                var reader = new RequestReader(stream);
                while (await reader.ReadHeadAsync(token) is { } head)
                {
                    var index = Interlocked.Increment(ref _requests) - 1;
                    RecordHeader(head);
                    var next = await _behavior(new FaultExchange(client, stream, index), token);
                    if (next == FaultNext.Close)
                    {
                        return;
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away or the test ended: that is what fault tests do to connections.
        }
    }

    private void RecordHeader(string head)
    {
        if (_recordedHeader is null)
        {
            return;
        }

        foreach (var line in head.Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals(_recordedHeader, StringComparison.OrdinalIgnoreCase))
            {
                Volatile.Write(ref _lastHeaderValue, line[(colon + 1)..].Trim());
            }
        }
    }

    /// <summary>Reads request heads (GET only: the fault tests send no bodies), keeping bytes that follow one.</summary>
    private sealed class RequestReader(NetworkStream stream)
    {
        private readonly byte[] _buffer = new byte[RequestHeaderLimitBytes];
        private int _length;

        public async Task<string?> ReadHeadAsync(CancellationToken token)
        {
            while (true)
            {
                var end = _buffer.AsSpan(0, _length).IndexOf("\r\n\r\n"u8);
                if (end >= 0)
                {
                    var headLength = end + "\r\n\r\n"u8.Length;
                    var head = Encoding.ASCII.GetString(_buffer, 0, headLength);
                    Buffer.BlockCopy(_buffer, headLength, _buffer, 0, _length - headLength);
                    _length -= headLength;
                    return head;
                }

                if (_length == _buffer.Length)
                {
                    return null;
                }

                var read = await stream.ReadAsync(_buffer.AsMemory(_length), token);
                if (read == 0)
                {
                    return null;
                }

                _length += read;
            }
        }
    }
}
