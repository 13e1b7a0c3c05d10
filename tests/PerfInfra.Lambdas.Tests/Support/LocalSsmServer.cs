using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.SimpleSystemsManagement;
using PerfInfra.Lambdas.Aws;

namespace PerfInfra.Lambdas.Tests.Support;

/// <summary>
/// A small SSM endpoint on a loopback port speaking the service's JSON protocol (awsJson1.1) for
/// GetParameter — POST / with X-Amz-Target: AmazonSSM.GetParameter and {"Name": …} — so the real
/// AWSSDK.SimpleSystemsManagement client is what the tests exercise. Unknown parameters answer
/// ParameterNotFound, other operations UnknownOperationException, as the service does.
/// </summary>
internal sealed class LocalSsmServer : IAsyncDisposable
{
    private const string JsonType = "application/x-amz-json-1.1";
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public LocalSsmServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    public ConcurrentDictionary<string, string> Parameters { get; } = new(StringComparer.Ordinal);

    /// <summary>Every request as (X-Amz-Target, parameter name, whether it was SigV4-signed).</summary>
    public ConcurrentQueue<(string Target, string? Name, bool Signed)> Requests { get; } = new();

    /// <summary>The kill switch the Lambda builds, on the real SDK client pointed here with test credentials.</summary>
    public SsmKillSwitch KillSwitch(string parameterName) => new(
        new AmazonSimpleSystemsManagementClient(
            new BasicAWSCredentials("AKIDLOCALTEST", "local-test-secret"),
            new AmazonSimpleSystemsManagementConfig { ServiceURL = Url.ToString(), AuthenticationRegion = "us-east-1" }),
        parameterName);

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
        {
            // Stopping the listener fails the pending GetContextAsync: the loop's normal end.
        }

        _listener.Close();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            var context = await _listener.GetContextAsync();
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var target = context.Request.Headers["X-Amz-Target"] ?? string.Empty;
        var signed = (context.Request.Headers["Authorization"] ?? string.Empty).StartsWith("AWS4-HMAC-SHA256 ", StringComparison.Ordinal);
        using var reader = new StreamReader(context.Request.InputStream);
        var body = await reader.ReadToEndAsync();
        string? name = null;
        if (body.Length > 0)
        {
            using var json = JsonDocument.Parse(body);
            name = json.RootElement.TryGetProperty("Name", out var n) ? n.GetString() : null;
        }

        Requests.Enqueue((target, name, signed));
        var (status, answer) = target switch
        {
            "AmazonSSM.GetParameter" when name is not null && Parameters.TryGetValue(name, out var value) => (HttpStatusCode.OK, Parameter(name, value)),
            "AmazonSSM.GetParameter" => (HttpStatusCode.BadRequest, Error("ParameterNotFound", $"Parameter {name} not found.")),
            _ => (HttpStatusCode.BadRequest, Error("UnknownOperationException", $"{target} is not served by this local SSM")),
        };
        var bytes = Encoding.UTF8.GetBytes(answer);
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = JsonType;
        context.Response.Headers["x-amzn-RequestId"] = Guid.NewGuid().ToString();
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private static string Parameter(string name, string value) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["Parameter"] = new Dictionary<string, object>
        {
            ["ARN"] = $"arn:aws:ssm:us-east-1:123456789012:parameter{name}",
            ["DataType"] = "text",
            ["LastModifiedDate"] = 1.7e9,
            ["Name"] = name,
            ["Type"] = "String",
            ["Value"] = value,
            ["Version"] = 1,
        },
    });

    private static string Error(string type, string message) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["__type"] = type, ["message"] = message });
}
