using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace PerfInfra.Lambdas.Tests.Support;

/// <summary>
/// A Lambda Runtime API on a loopback port, over real HTTP: queued events are served by /next (which
/// long-polls when the queue is empty, like the service), responses and errors are recorded.
/// </summary>
internal sealed class FakeRuntimeApi : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Channel<(string Id, string Body, long DeadlineMs)> _events = Channel.CreateUnbounded<(string, string, long)>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public FakeRuntimeApi()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Address = $"127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        _listener.Prefixes.Add($"http://{Address}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>What AWS_LAMBDA_RUNTIME_API would hold.</summary>
    public string Address { get; }

    public ConcurrentDictionary<string, string> Responses { get; } = new();

    public ConcurrentDictionary<string, (string Type, string Body)> Errors { get; } = new();

    public TaskCompletionSource<(string Type, string Body)> InitError { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string TraceId { get; init; } = "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1";

    public void Enqueue(string requestId, string body, DateTimeOffset deadline) =>
        _events.Writer.TryWrite((requestId, body, deadline.ToUnixTimeMilliseconds()));

    /// <summary>Waits until <paramref name="requestId"/> was answered (response or error).</summary>
    public async Task WaitForAsync(string requestId, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (!Responses.ContainsKey(requestId) && !Errors.ContainsKey(requestId))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), cts.Token);
        }
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
            // Stopping the listener fails the pending GetContextAsync; that is the loop's normal end.
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
        const string prefix = "/2018-06-01/runtime/";
        var response = context.Response;
        try
        {
            if (!path.StartsWith(prefix, StringComparison.Ordinal))
            {
                response.StatusCode = (int)HttpStatusCode.NotFound;
                return;
            }

            var route = path[prefix.Length..];
            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            var errorType = context.Request.Headers["Lambda-Runtime-Function-Error-Type"] ?? string.Empty;
            if (route == "invocation/next")
            {
                var (id, payload, deadline) = await _events.Reader.ReadAsync(_stop.Token);
                response.Headers["Lambda-Runtime-Aws-Request-Id"] = id;
                response.Headers["Lambda-Runtime-Deadline-Ms"] = deadline.ToString(CultureInfo.InvariantCulture);
                response.Headers["Lambda-Runtime-Trace-Id"] = TraceId;
                response.Headers["Lambda-Runtime-Invoked-Function-Arn"] = "arn:aws:lambda:us-east-1:123456789012:function:test";
                var bytes = System.Text.Encoding.UTF8.GetBytes(payload);
                await response.OutputStream.WriteAsync(bytes);
            }
            else if (route == "init/error")
            {
                InitError.TrySetResult((errorType, body));
                response.StatusCode = (int)HttpStatusCode.Accepted;
            }
            else if (route.EndsWith("/response", StringComparison.Ordinal))
            {
                Responses[route.Split('/')[1]] = body;
                response.StatusCode = (int)HttpStatusCode.Accepted;
            }
            else if (route.EndsWith("/error", StringComparison.Ordinal))
            {
                Errors[route.Split('/')[1]] = (errorType, body);
                response.StatusCode = (int)HttpStatusCode.Accepted;
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
            response.Close();
        }
    }
}
