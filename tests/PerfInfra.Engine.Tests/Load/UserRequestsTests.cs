using System.Collections.Concurrent;
using PerfInfra.Engine.Http;
using PerfInfra.Engine.Load;

namespace PerfInfra.Engine.Tests.Load;

/// <summary>{{vu}}: each virtual user sends its own bound requests; steps without variables stay shared.</summary>
[Collection(RealTimeCollection.Name)]
public sealed class UserRequestsTests
{
    [Fact]
    public async Task Run_StepWithVuVariable_EachUserSendsItsOwnId()
    {
        var paths = new ConcurrentBag<string>();
        var client = new FakeLoadHttpClient(TimeProvider.System, (step, _) =>
        {
            paths.Add(step.Path);
            return new FakeResponse(TimeSpan.FromMilliseconds(5));
        });
        var scenario = new ScenarioDefinition("cart", 1,
            [new StepDefinition("add", "POST", "/api/cart/perf-{{vu}}/items", new Dictionary<string, string>(), "{\"cart\":\"{{vu}}\"}", StatusExpectation.Default),
             StepDefinition.Get("list", "/api/products")],
            ThinkTime.None);
        var (run, metrics) = LoadTestData.CreateRun(client, open: false, scenarios: scenario);
        var executor = new ClosedModelExecutor(new ClosedModelOptions { Users = 4, Hold = TimeSpan.FromMilliseconds(400) }, run);

        metrics.Start();
        await executor.RunAsync(CancellationToken.None);
        metrics.Complete();

        var carts = paths.Where(p => p.StartsWith("/api/cart/", StringComparison.Ordinal)).Distinct().ToList();
        // One shared copy bound to the worker id at preparation, then one per user.
        Assert.Equal(4, carts.Count(p => p != "/api/cart/perf-vu/items"));
        Assert.DoesNotContain(paths, p => p.Contains("{{", StringComparison.Ordinal));
        Assert.Contains("/api/products", paths);
    }

    [Fact]
    public void Bind_PathBodyAndHeaders_ReplacesEveryOccurrence()
    {
        var step = new StepDefinition("s", "POST", "/c/{{vu}}?again={{vu}}",
            new Dictionary<string, string> { ["X-User"] = "u-{{vu}}" }, "{\"id\":\"{{vu}}\"}", StatusExpectation.Default);

        var bound = RequestVariables.Bind(step, "w1-7");

        Assert.True(RequestVariables.Uses(step));
        Assert.False(RequestVariables.Uses(bound));
        Assert.Equal("/c/w1-7?again=w1-7", bound.Path);
        Assert.Equal("{\"id\":\"w1-7\"}", bound.Body);
        Assert.Equal("u-w1-7", bound.Headers["X-User"]);
    }

    [Fact]
    public void Bind_IdWithReservedCharacters_IsEscapedInThePathOnly()
    {
        var step = new StepDefinition("s", "POST", "/c/{{vu}}", new Dictionary<string, string>(), "{{vu}}", StatusExpectation.Default);

        var bound = RequestVariables.Bind(step, "a b/c");

        Assert.Equal("/c/a%20b%2Fc", bound.Path);
        Assert.Equal("a b/c", bound.Body);
    }
}
