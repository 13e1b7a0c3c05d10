using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using PerfInfra.Lambdas;
using PerfInfra.Lambdas.Aws;
using PerfInfra.Lambdas.Handlers;
using PerfInfra.Lambdas.KillSwitch;
using PerfInfra.Lambdas.Runtime;

namespace PerfInfra.Harness.Tests.Support;

/// <summary>
/// The Lambda service as the local state machine sees it: POST /invoke/HANDLER runs the real handler
/// (the same factory the bootstrap uses) and answers its JSON, or 500 with the Lambda error document.
/// <see cref="Crash"/> makes chosen invocations fail the way a crashed sandbox does.
/// </summary>
internal sealed class InvokeServer : IDisposable
{
    /// <summary>A load-worker shard's budget, as the worker function's 900 s timeout would give.</summary>
    private static readonly TimeSpan InvocationBudget = TimeSpan.FromMinutes(15);

    private readonly HttpListener _listener = new();
    private readonly IObjectStore _store;
    private readonly LambdaSettings _settings;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _requests;

    public InvokeServer(IObjectStore store, LambdaSettings settings)
    {
        _store = store;
        _settings = settings;
        var port = FreePort.Next();
        Url = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        _listener.Prefixes.Add(Url + "/".TrimStart('/'));
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    /// <summary>(handler, payload) → true to fail that invocation with Sandbox.Timedout.</summary>
    public Func<string, JsonElement, bool> Crash { get; set; } = (_, _) => false;

    public StringWriter Metrics { get; } = new();

    /// <summary>How often each handler was invoked since <see cref="ResetCounts"/>.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, int> Invocations { get; } = new(StringComparer.Ordinal);

    public void ResetCounts() => Invocations.Clear();

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Close();
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var handler = context.Request.Url!.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Last();
        using var reader = new StreamReader(context.Request.InputStream);
        var payload = await reader.ReadToEndAsync();
        var id = $"local-{Interlocked.Increment(ref _requests).ToString(CultureInfo.InvariantCulture)}";
        Invocations.AddOrUpdate(handler, 1, (_, n) => n + 1);
        string body;
        try
        {
            using var doc = JsonDocument.Parse(payload);
            if (Crash(handler, doc.RootElement))
            {
                throw new SandboxTimedOutException("the worker's sandbox died (injected by the harness)");
            }

            var instance = HandlerFactory.Create(handler, _store, NoKillSwitch.Instance, _settings, TimeProvider.System, _ => null, Metrics);
            body = await instance.HandleAsync(new Invocation(id, payload, DateTimeOffset.UtcNow + InvocationBudget, null, null), _stop.Token);
            context.Response.StatusCode = (int)HttpStatusCode.OK;
        }
        catch (Exception e)
        {
            body = JsonSerializer.Serialize(RuntimeError.From(e), RuntimeJsonContext.Default.RuntimeError);
            context.Response.StatusCode = (int)HttpStatusCode.InternalServerError;
        }

        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.ContentType = "application/json";
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    /// <summary>Named like the error Step Functions reports for a Lambda that timed out.</summary>
    private sealed class SandboxTimedOutException(string message) : Exception(message);
}
