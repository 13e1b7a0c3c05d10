using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;

namespace PerfInfra.LocalSuites.Lambda;

/// <summary>
/// The Lambda Runtime API (https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html) on a loopback
/// port, over real HTTP, for one execution environment: <c>/invocation/next</c> long-polls until an event
/// is queued and hands it over with the request-id, deadline, trace and ARN headers;
/// <c>/invocation/ID/response</c> and <c>/invocation/ID/error</c> answer it; <c>/init/error</c> reports a
/// failed init. It records when the runtime first asked for work: the end of its init phase.
/// </summary>
internal sealed class LocalRuntimeApi : IAsyncDisposable
{
    public const string VersionPrefix = "/2018-06-01/runtime/";
    private const string RequestIdHeader = "Lambda-Runtime-Aws-Request-Id";
    private const string DeadlineHeader = "Lambda-Runtime-Deadline-Ms";
    private const string TraceIdHeader = "Lambda-Runtime-Trace-Id";
    private const string FunctionArnHeader = "Lambda-Runtime-Invoked-Function-Arn";
    private const string ErrorTypeHeader = "Lambda-Runtime-Function-Error-Type";
    private const string UnknownErrorType = "Runtime.Unknown";

    private readonly HttpListener _listener = new();
    private readonly Channel<Pending> _events = Channel.CreateUnbounded<Pending>();
    private readonly ConcurrentDictionary<string, Pending> _inFlight = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<long> _firstNext = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _initError = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private readonly TimeProvider _time;
    private readonly string _functionArn;
    private readonly TimeSpan _timeout;
    private readonly Task _loop;

    public LocalRuntimeApi(TimeProvider time, string functionArn, TimeSpan timeout)
    {
        _time = time;
        _functionArn = functionArn;
        _timeout = timeout;
        // HttpListener needs a fixed port: take a free one from the OS, then listen on it.
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Address = $"127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        _listener.Prefixes.Add($"http://{Address}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>What <c>AWS_LAMBDA_RUNTIME_API</c> holds for the runtime.</summary>
    public string Address { get; }

    /// <summary>Completes with the timestamp of the runtime's first <c>/next</c>: its init is over.</summary>
    public Task<long> FirstNext => _firstNext.Task;

    /// <summary>Completes with the body of a <c>/init/error</c>.</summary>
    public Task<string> InitError => _initError.Task;

    /// <summary>Queues one event; the task completes when the runtime answers it.</summary>
    public Task<LocalInvocationOutcome> InvokeAsync(string payload)
    {
        var pending = new Pending(Guid.NewGuid().ToString(), payload);
        _inFlight[pending.RequestId] = pending;
        _events.Writer.TryWrite(pending);
        return pending.Outcome.Task;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
            // Stopping the listener fails the pending GetContextAsync: the loop's normal end.
        }

        _listener.Close();
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var context = await _listener.GetContextAsync();
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        var response = context.Response;
        try
        {
            var route = path.StartsWith(VersionPrefix, StringComparison.Ordinal) ? path[VersionPrefix.Length..] : string.Empty;
            var parts = route.Split('/');
            if (route == "invocation/next" && context.Request.HttpMethod == "GET")
            {
                await NextAsync(response);
            }
            else if (route == "init/error" && context.Request.HttpMethod == "POST")
            {
                _initError.TrySetResult(await BodyAsync(context.Request));
                response.StatusCode = (int)HttpStatusCode.Accepted;
            }
            else if (parts is ["invocation", var id, "response" or "error"] && context.Request.HttpMethod == "POST")
            {
                response.StatusCode = await AnswerAsync(context.Request, id, isError: parts[2] == "error");
            }
            else
            {
                response.StatusCode = (int)HttpStatusCode.NotFound;
            }
        }
        catch (OperationCanceledException)
        {
            response.StatusCode = (int)HttpStatusCode.ServiceUnavailable;
        }
        finally
        {
            if (response.StatusCode != (int)HttpStatusCode.OK)
            {
                response.ContentLength64 = 0;
            }

            response.Close();
        }
    }

    private async Task NextAsync(HttpListenerResponse response)
    {
        _firstNext.TrySetResult(_time.GetTimestamp());
        var pending = await _events.Reader.ReadAsync(_stop.Token);
        pending.DeliveredAt = _time.GetTimestamp();
        var deadline = _time.GetUtcNow().Add(_timeout).ToUnixTimeMilliseconds();
        response.Headers[RequestIdHeader] = pending.RequestId;
        response.Headers[DeadlineHeader] = deadline.ToString(CultureInfo.InvariantCulture);
        response.Headers[TraceIdHeader] = $"Root=1-{_time.GetUtcNow().ToUnixTimeSeconds():x8}-{pending.RequestId.Replace("-", string.Empty, StringComparison.Ordinal)[..24]};Sampled=0";
        response.Headers[FunctionArnHeader] = _functionArn;
        response.ContentType = "application/json";
        var bytes = Encoding.UTF8.GetBytes(pending.Payload);
        // A known length sends the event in one write. Without it HttpListener chunks the body and sends
        // the last chunk in a second small write, which Nagle holds until the runtime's delayed ACK:
        // ~40 ms added to every invocation, which is what the first local figures showed.
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes, _stop.Token);
    }

    private async Task<int> AnswerAsync(HttpListenerRequest request, string id, bool isError)
    {
        var answeredAt = _time.GetTimestamp();
        var body = await BodyAsync(request);
        if (!_inFlight.TryRemove(id, out var pending))
        {
            // The service answers an unknown or already answered request id with 400 (InvalidRequestID).
            return (int)HttpStatusCode.BadRequest;
        }

        pending.Outcome.TrySetResult(isError
            ? new LocalInvocationOutcome(id, null, request.Headers[ErrorTypeHeader] ?? UnknownErrorType, body, pending.DeliveredAt, answeredAt)
            : new LocalInvocationOutcome(id, body, null, null, pending.DeliveredAt, answeredAt));
        return (int)HttpStatusCode.Accepted;
    }

    private static async Task<string> BodyAsync(HttpListenerRequest request)
    {
        using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    private sealed class Pending(string requestId, string payload)
    {
        public string RequestId { get; } = requestId;

        public string Payload { get; } = payload;

        public long DeliveredAt { get; set; }

        public TaskCompletionSource<LocalInvocationOutcome> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
