using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace PerfInfra.Lambdas.Runtime;

/// <summary>
/// HTTP client of the Lambda Runtime API at <c>http://$AWS_LAMBDA_RUNTIME_API</c>: next, response,
/// invocation error and init error. Knows nothing of load tests.
/// </summary>
internal sealed class RuntimeApiClient : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly HttpClient _http;

    public RuntimeApiClient(string runtimeApi)
    {
        _http = new HttpClient(new SocketsHttpHandler { UseProxy = false })
        {
            BaseAddress = new Uri($"http://{runtimeApi}{RuntimeApiDefaults.VersionPrefix}/"),
            Timeout = RuntimeApiDefaults.NextTimeout,
        };
    }

    /// <summary>Waits for the next event. Throws <see cref="InvalidDataException"/> when the answer lacks the request id.</summary>
    public async Task<Invocation> NextAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync("invocation/next", cancellationToken);
        response.EnsureSuccessStatusCode();
        var requestId = Header(response, RuntimeApiDefaults.RequestIdHeader)
            ?? throw new InvalidDataException($"the Runtime API answered /next without {RuntimeApiDefaults.RequestIdHeader}");
        var deadlineText = Header(response, RuntimeApiDefaults.DeadlineHeader);
        var deadline = long.TryParse(deadlineText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : DateTimeOffset.MaxValue;
        var payload = await response.Content.ReadAsStringAsync(cancellationToken);
        return new Invocation(requestId, payload, deadline,
            Header(response, RuntimeApiDefaults.TraceIdHeader), Header(response, RuntimeApiDefaults.FunctionArnHeader));
    }

    public async Task RespondAsync(string requestId, string body, CancellationToken cancellationToken)
    {
        using var content = new StringContent(body, Encoding.UTF8, Json.MediaType);
        using var response = await _http.PostAsync($"invocation/{Uri.EscapeDataString(requestId)}/response", content, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public Task ReportInvocationErrorAsync(string requestId, RuntimeError error, CancellationToken cancellationToken) =>
        PostErrorAsync($"invocation/{Uri.EscapeDataString(requestId)}/error", error, cancellationToken);

    public Task ReportInitErrorAsync(RuntimeError error, CancellationToken cancellationToken) =>
        PostErrorAsync("init/error", error, cancellationToken);

    public void Dispose() => _http.Dispose();

    private async Task PostErrorAsync(string path, RuntimeError error, CancellationToken cancellationToken)
    {
        using var content = new StringContent(JsonSerializer.Serialize(error, RuntimeJsonContext.Default.RuntimeError), Encoding.UTF8, Json.MediaType);
        content.Headers.Add(RuntimeApiDefaults.ErrorTypeHeader, error.ErrorType);
        using var response = await _http.PostAsync(path, content, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
