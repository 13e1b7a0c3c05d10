using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Security.Authentication;

namespace PerfInfra.Engine.Http;

/// <summary>
/// One keep-alive connection of a <see cref="LoadHttpClient"/>, used by one caller at a time. Connects
/// lazily, reconnects after the server closed the connection, and on a reused connection retries once a
/// request that failed before any response byte arrived (the server closed an idle keep-alive just as we
/// wrote: browsers retry that case too). The hot path — write prepared bytes, read, parse, count —
/// allocates nothing: the state machine comes from a pool, socket awaitables are cached per socket, and
/// the timeout is a deadline field read by the client's <see cref="RequestDeadlineSweep"/>.
/// </summary>
internal sealed class SocketHttpExchange : IHttpExchange
{
    private const long NoDeadline = 0;
    private const long DeadlinePassed = -1;

    private readonly LoadHttpClient client;
    private readonly ReceiveBuffer receive;
    private readonly Lock gate = new();
    private HttpResponseParser parser;
    private HttpConnection? connection;
    private long deadline;
    private bool disposed;

    public SocketHttpExchange(LoadHttpClient client)
    {
        this.client = client;
        receive = new ReceiveBuffer(client.Options.ReceiveBufferBytes, client.Options.MaxResponseHeaderBytes);
        parser = new HttpResponseParser(client.Options.MaxResponseHeaderBytes);
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<HttpOutcome> SendAsync(PreparedRequest request, CancellationToken cancellationToken)
    {
        var encoded = client.Own(request);
        ObjectDisposedException.ThrowIf(disposed, this);
        cancellationToken.ThrowIfCancellationRequested();

        var started = Stopwatch.GetTimestamp();
        var requestDeadline = started + client.RequestTimeoutTicks;
        Volatile.Write(ref deadline, requestDeadline);
        string? failure = null;
        for (var attempt = 0; ; attempt++)
        {
            failure = null;
            var reused = false;
            long received = 0;
            parser.Reset(encoded.IsHead);
            receive.Clear();
            try
            {
                var current = connection ?? await ConnectAsync(requestDeadline, cancellationToken);
                reused = current.CompletedResponses > 0;
                await current.SendAsync(encoded.Bytes, cancellationToken);
                while (!parser.IsDone)
                {
                    var count = await current.ReceiveAsync(receive.GetFreeSpace(), cancellationToken);
                    if (count == 0)
                    {
                        if (!parser.TryCompleteOnEof())
                        {
                            failure = ErrorKinds.ConnectionReset;
                        }

                        break;
                    }

                    received += count;
                    receive.Commit(count);
                    receive.Consume(parser.Parse(receive.Pending));
                }

                if (parser.State == ResponseParseState.Error)
                {
                    failure = ErrorKinds.Protocol;
                }
            }
            catch (Exception e) when (cancellationToken.IsCancellationRequested && e is OperationCanceledException or ObjectDisposedException or IOException or SocketException)
            {
                Volatile.Write(ref deadline, NoDeadline);
                DropConnection();
                throw new OperationCanceledException(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failure = Volatile.Read(ref deadline) == DeadlinePassed ? ErrorKinds.Timeout : Classify(e);
            }

            if (failure is null)
            {
                break;
            }

            DropConnection();
            var staleKeepAlive = reused && received == 0 && failure == ErrorKinds.ConnectionReset;
            if (!staleKeepAlive || attempt > 0 || Volatile.Read(ref deadline) == DeadlinePassed)
            {
                break;
            }
        }

        var completed = Stopwatch.GetTimestamp();
        var timedOut = Interlocked.Exchange(ref deadline, NoDeadline) == DeadlinePassed;
        if (failure is null)
        {
            // The sweep may have fired in the instant after the last byte: the response stands, the connection not.
            if (timedOut || !parser.KeepAlive || receive.PendingLength > 0)
            {
                DropConnection();
            }
            else
            {
                connection!.CompletedResponses++;
            }

            var status = parser.StatusCode;
            var kind = encoded.Step.Expect.IsSuccess(status) ? null : StatusErrorKinds.For(status);
            return new HttpOutcome(status, kind, parser.ResponseBytes, started, completed);
        }

        return new HttpOutcome(parser.StatusCode, failure, parser.ResponseBytes, started, completed);
    }

    public ValueTask DisposeAsync()
    {
        if (!disposed)
        {
            disposed = true;
            client.Sweep.Remove(this);
            DropConnection();
            receive.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Called by the sweep thread. The compare-exchange makes the sweep and the request's own
    /// completion agree on whether the deadline passed; the gate keeps the abort off a connection that
    /// replaced the one that was overdue.</summary>
    internal void ExpireIfOverdue(long now)
    {
        var observed = Volatile.Read(ref deadline);
        if (observed <= NoDeadline || now < observed || Interlocked.CompareExchange(ref deadline, DeadlinePassed, observed) != observed)
        {
            return;
        }

        lock (gate)
        {
            connection?.Abort();
        }
    }

    private async ValueTask<HttpConnection> ConnectAsync(long requestDeadline, CancellationToken cancellationToken)
    {
        var connectDeadline = Math.Min(requestDeadline, Stopwatch.GetTimestamp() + client.ConnectTimeoutTicks);
        MoveDeadline(connectDeadline);
        var addresses = await client.ResolveAsync(cancellationToken);
        SocketException? lastRefusal = null;
        foreach (var address in addresses)
        {
            var candidate = new HttpConnection(address.AddressFamily);
            lock (gate)
            {
                connection = candidate;
                if (Volatile.Read(ref deadline) == DeadlinePassed)
                {
                    candidate.Abort();
                }
            }

            try
            {
                await candidate.ConnectAsync(new IPEndPoint(address, client.BaseUrl.Port), cancellationToken);
            }
            catch (SocketException e) when (e.SocketErrorCode is SocketError.ConnectionRefused or SocketError.AddressFamilyNotSupported
                                             or SocketError.NetworkUnreachable or SocketError.HostUnreachable)
            {
                // "localhost" resolves to ::1 and 127.0.0.1; a server may listen on only one of them.
                DropConnection();
                lastRefusal = e;
                continue;
            }

            if (client.IsHttps)
            {
                await candidate.AuthenticateAsync(client.BaseUrl.IdnHost, client.Options.AcceptAnyCertificate, cancellationToken);
            }

            MoveDeadline(requestDeadline);
            return candidate;
        }

        throw lastRefusal ?? new SocketException((int)SocketError.HostNotFound);
    }

    private void MoveDeadline(long value)
    {
        var observed = Volatile.Read(ref deadline);
        if (observed == DeadlinePassed || Interlocked.CompareExchange(ref deadline, value, observed) != observed)
        {
            throw new TimeoutException();
        }
    }

    private void DropConnection()
    {
        HttpConnection? dropped;
        lock (gate)
        {
            dropped = connection;
            connection = null;
        }

        dropped?.Dispose();
    }

    private static string Classify(Exception e) => e switch
    {
        TimeoutException => ErrorKinds.Timeout,
        AuthenticationException => ErrorKinds.Tls,
        SocketException socket => Classify(socket.SocketErrorCode),
        IOException { InnerException: SocketException socket } => Classify(socket.SocketErrorCode),
        // SslStream reports a peer that vanished mid-record as a bare IOException.
        IOException => ErrorKinds.ConnectionReset,
        _ => ErrorKinds.Other,
    };

    private static string Classify(SocketError error) => error switch
    {
        SocketError.ConnectionRefused or SocketError.NetworkUnreachable or SocketError.HostUnreachable
            or SocketError.AddressFamilyNotSupported => ErrorKinds.ConnectionRefused,
        SocketError.ConnectionReset or SocketError.ConnectionAborted or SocketError.Shutdown or SocketError.NotConnected
            or SocketError.Disconnecting => ErrorKinds.ConnectionReset,
        SocketError.TimedOut => ErrorKinds.Timeout,
        SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => ErrorKinds.Dns,
        _ => ErrorKinds.Other,
    };
}
