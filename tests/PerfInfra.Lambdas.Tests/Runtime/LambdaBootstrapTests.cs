using System.Text.Json;
using PerfInfra.Lambdas.Runtime;
using PerfInfra.Lambdas.Tests.Support;

namespace PerfInfra.Lambdas.Tests.Runtime;

/// <summary>The Runtime API loop against a fake Runtime API over real loopback HTTP.</summary>
public sealed class LambdaBootstrapTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task RunAsync_TwoEvents_RespondsToEachWithTheHandlersOutput()
    {
        await using var api = new FakeRuntimeApi();
        var deadline = DateTimeOffset.UtcNow.AddMinutes(1);
        api.Enqueue("req-1", "\"one\"", deadline);
        api.Enqueue("req-2", "\"two\"", deadline);
        var seen = new List<Invocation>();
        using var stop = new CancellationTokenSource();
        var (bootstrap, env, client) = CreateSut(api, () => new EchoHandler(seen));
        using (client)
        {
            var running = bootstrap.RunAsync(stop.Token);
            await api.WaitForAsync("req-1", Bound);
            await api.WaitForAsync("req-2", Bound);
            await stop.CancelAsync();
            Assert.True(await running.WaitAsync(Bound));
        }

        Assert.Equal("{\"echo\":\"one\"}", api.Responses["req-1"]);
        Assert.Equal("{\"echo\":\"two\"}", api.Responses["req-2"]);
        Assert.Equal(deadline.ToUnixTimeMilliseconds(), seen[0].Deadline.ToUnixTimeMilliseconds());
        Assert.StartsWith("arn:aws:lambda:", seen[0].FunctionArn, StringComparison.Ordinal);
        Assert.Equal(api.TraceId, env[RuntimeApiDefaults.TraceIdVariable]);
    }

    [Fact]
    public async Task RunAsync_HandlerThrows_PostsInvocationErrorWithTypeAndKeepsServing()
    {
        await using var api = new FakeRuntimeApi();
        api.Enqueue("bad", "\"boom\"", DateTimeOffset.UtcNow.AddMinutes(1));
        api.Enqueue("good", "\"fine\"", DateTimeOffset.UtcNow.AddMinutes(1));
        using var stop = new CancellationTokenSource();
        var (bootstrap, _, client) = CreateSut(api, () => new EchoHandler([]));
        using (client)
        {
            var running = bootstrap.RunAsync(stop.Token);
            await api.WaitForAsync("bad", Bound);
            await api.WaitForAsync("good", Bound);
            await stop.CancelAsync();
            await running.WaitAsync(Bound);
        }

        var (type, body) = api.Errors["bad"];
        Assert.Equal(nameof(InvalidDataException), type);
        using var doc = JsonDocument.Parse(body);
        Assert.Equal(nameof(InvalidDataException), doc.RootElement.GetProperty("errorType").GetString());
        Assert.Contains("boom", doc.RootElement.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
        Assert.True(api.Responses.ContainsKey("good"));
    }

    [Fact]
    public async Task RunAsync_HandlerCannotBeCreated_PostsInitErrorAndReturnsFalse()
    {
        await using var api = new FakeRuntimeApi();
        var (bootstrap, _, client) = CreateSut(api, () => throw new InvalidOperationException("_HANDLER='nope' is not a handler"));
        using (client)
        {
            Assert.False(await bootstrap.RunAsync(CancellationToken.None).WaitAsync(Bound));
        }

        var (type, body) = await api.InitError.Task.WaitAsync(Bound);
        Assert.Equal(nameof(InvalidOperationException), type);
        Assert.Contains("nope", body, StringComparison.Ordinal);
    }

    private static (LambdaBootstrap Bootstrap, Dictionary<string, string?> Env, RuntimeApiClient Client) CreateSut(FakeRuntimeApi api, Func<ILambdaHandler> handler)
    {
        var env = new Dictionary<string, string?>();
        var client = new RuntimeApiClient(api.Address);
        return (new LambdaBootstrap(client, handler, (k, v) => env[k] = v), env, client);
    }

    private sealed class EchoHandler(List<Invocation> seen) : ILambdaHandler
    {
        public Task<string> HandleAsync(Invocation invocation, CancellationToken cancellationToken)
        {
            seen.Add(invocation);
            var text = JsonSerializer.Deserialize<string>(invocation.Payload);
            return text == "boom"
                ? throw new InvalidDataException("boom: the payload asked for it")
                : Task.FromResult($"{{\"echo\":\"{text}\"}}");
        }
    }
}
