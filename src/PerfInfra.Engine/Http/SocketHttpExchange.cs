using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;

namespace PerfInfra.Engine.Http;

/// <summary>
/// One keep-alive connection of a <see cref="LoadHttpClient"/>, used by one caller at a time. Connects
/// lazily, reconnects after the server closed the connection, and on a reused connection retries once a
/// request that failed before any response byte arrived (the server closed an idle keep-alive just as we
/// wrote: browsers retry that case too). The hot path — write prepared bytes, read, parse, count —
/// allocates nothing: one long-lived loop per exchange serves every request, socket awaitables are cached
/// per socket, and the timeout is a deadline field read by the client's <see cref="RequestDeadlineSweep"/>.
/// </summary>
internal sealed class SocketHttpExchange : IHttpExchange
{
    private const long NoDeadline = 0;
    private const long DeadlinePassed = -1;
    private const int Idle = 0;
    private const int InFlight = 1;
    private const int Disposed = 2;

    private readonly LoadHttpClient client;
    private readonly ReceiveBuffer receive;
    private readonly Lock gate = new();
    private readonly ReusableValueTaskSource<HttpOutcome> completion = new();
    private readonly ReusableValueTaskSource<bool> wake = new();
    private HttpResponseParser parser;
    private HttpConnection? connection;
    private Task? pump;
    private EncodedRequest? pendingRequest;
    private CancellationToken pendingCancellation;
    private long deadline;
    private int state = Idle;

    public SocketHttpExchange(LoadHttpClient client)
    {
        this.client = client;
        receive = new ReceiveBuffer(client.Options.ReceiveBufferBytes, client.Options.MaxResponseHeaderBytes);
        parser = new HttpResponseParser(client.Options.MaxResponseHeaderBytes);
    }

    public ValueTask<HttpOutcome> SendAsync(PreparedRequest request, CancellationToken cancellationToken)
    {
        var encoded = client.Own(request);
        cancellationToken.ThrowIfCancellationRequested();
        var previous = Interlocked.CompareExchange(ref state, InFlight, Idle);
        ObjectDisposedException.ThrowIf(previous == Disposed, this);
        if (previous == InFlight)
        {
            throw new InvalidOperationException("An exchange carries one request at a time; open one exchange per concurrent caller.");
        }

        pendingRequest = encoded;
        pendingCancellation = cancellationToken;
        completion.Reset();
        var outcome = completion.Task;
        if (pump is null)
        {
            pump = PumpAsync();
        }
        else
        {
            wake.SetResult(true);
        }

        return outcome;
    }

    /// <summary>Closes the connection. Disposing during a request aborts it; the request's loop then
    /// returns the receive buffer to the pool itself, since it may still be reading into it.</summary>
    public ValueTask DisposeAsync()
    {
        var previous = Interlocked.Exchange(ref state, Disposed);
        if (previous == Disposed)
        {
            return ValueTask.CompletedTask;
        }

        client.Sweep.Remove(this);
        DropConnection();
        if (previous == Idle)
        {
            if (pump is not null)
            {
                wake.SetResult(false);
            }

            receive.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The exchange's one long-lived async loop, one request per turn. An async method per request would
    /// allocate its state machine whenever it goes asynchronous (the pooling builder keeps a few per core,
    /// far fewer than a load test's concurrent requests); this loop's state machine is allocated once, and
    /// requests and outcomes cross over through two reusable sources.
    /// </summary>
    private async Task PumpAsync()
    {
        do
        {
            var request = pendingRequest!;
            var cancellationToken = pendingCancellation;
            pendingRequest = null;
            pendingCancellation = default;
            HttpOutcome outcome = default;
            Exception? error = null;
            var started = Stopwatch.GetTimestamp();
            var requestDeadline = started + client.RequestTimeoutTicks;
            Volatile.Write(ref deadline, requestDeadline);
            string? failure = null;
            try
            {
                for (var attempt = 0; ; attempt++)
                {
                    failure = null;
                    var reused = false;
                    long received = 0;
                    parser.Reset(request.IsHead);
                    receive.Clear();
                    try
                    {
                        var current = connection ?? await ConnectAsync(requestDeadline, cancellationToken);
                        reused = current.CompletedResponses > 0;
                        await current.SendAsync(request.Bytes, cancellationToken);
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
                    catch (Exception e) when (!cancellationToken.IsCancellationRequested)
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

                outcome = Complete(request, failure, started);
            }
            catch (Exception e)
            {
                // The caller's cancellation (or a bug, which must surface as itself); the connection's state is unknown.
                Volatile.Write(ref deadline, NoDeadline);
                DropConnection();
                error = cancellationToken.IsCancellationRequested && e is not OperationCanceledException
                    ? new OperationCanceledException(cancellationToken)
                    : e;
            }

            // Armed before completing: the caller's continuation runs inline and may send again right away.
            wake.Reset();
            var disposedMeanwhile = Interlocked.CompareExchange(ref state, Idle, InFlight) == Disposed;
            if (disposedMeanwhile)
            {
                DropConnection();
                receive.Dispose();
            }

            if (error is null)
            {
                completion.SetResult(outcome);
            }
            else
            {
                completion.SetException(error);
            }

            if (disposedMeanwhile)
            {
                return;
            }
        }
        while (await wake.Task);
    }

    private HttpOutcome Complete(EncodedRequest request, string? failure, long started)
    {
        var completed = Stopwatch.GetTimestamp();
        var timedOut = Interlocked.Exchange(ref deadline, NoDeadline) == DeadlinePassed;
        if (failure is not null)
        {
            return new HttpOutcome(parser.StatusCode, failure, parser.ResponseBytes, started, completed);
        }

        // The sweep may have fired in the instant after the last byte: the response stands, the connection not.
        if (timedOut || !parser.KeepAlive || receive.PendingLength > 0)
        {
            DropConnection();
        }
        else if (connection is { } reusable)
        {
            reusable.CompletedResponses++;
        }

        var status = parser.StatusCode;
        var kind = request.Step.Expect.IsSuccess(status) ? null : StatusErrorKinds.For(status);
        return new HttpOutcome(status, kind, parser.ResponseBytes, started, completed);
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
        var lookupBudget = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), connectDeadline);
        var addresses = await client.ResolveAsync(lookupBudget > TimeSpan.Zero ? lookupBudget : TimeSpan.Zero, cancellationToken);
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
