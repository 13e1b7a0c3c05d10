using System.Diagnostics;
using System.Net;
using PerfInfra.DemoPlatform.Latency;
using PerfInfra.DemoPlatform.Tests.Support;

namespace PerfInfra.DemoPlatform.Tests.Faults;

[Collection(TimingCollection.Name)]
public sealed class FaultInjectionMiddlewareTests
{
    [Fact]
    public async Task FailureRate_Seeded_FailsAboutThatFractionWithConfiguredStatus()
    {
        const int Requests = 1000;
        const double Rate = 0.2;
        await using var platform = await RunningPlatform.StartAsync(RunningPlatform.FastOptions with { FailureRate = Rate, FailureStatus = 500 });

        var statuses = new List<HttpStatusCode>(Requests);
        for (var i = 0; i < Requests; i++)
        {
            using var response = await platform.Client.GetAsync("/api/products/1");
            statuses.Add(response.StatusCode);
        }

        var failures = statuses.Count(s => s == HttpStatusCode.InternalServerError);
        // Binomial(1000, 0.2): sd ≈ 12.6, so ±40 is over 3 sd; the seed makes the count repeatable anyway.
        Assert.InRange(failures, 160, 240);
        Assert.Equal(Requests, failures + statuses.Count(s => s == HttpStatusCode.OK));
    }

    [Fact]
    public async Task FailureRate_ScriptedDraws_FailsExactlyWhenDrawBelowRate()
    {
        var random = new ScriptedRandomSource(0.05, 0.5, 0.09, 0.99);
        await using var platform = await RunningPlatform.StartAsync(
            RunningPlatform.FastOptions with { FailureRate = 0.1 },
            new DemoPlatformDependencies(TimeProvider.System, random));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await platform.Client.GetAsync("/api/search?q=tea");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], statuses);
    }

    [Fact]
    public async Task AbortRate_One_ClosesConnectionWithoutResponse()
    {
        await using var platform = await RunningPlatform.StartAsync(RunningPlatform.FastOptions with { AbortRate = 1 });

        await Assert.ThrowsAsync<HttpRequestException>(() => platform.Client.GetAsync("/api/products"));
        using var health = await platform.Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task AbortRate_SwitchedOffAtRuntime_RequestsSucceedAgain()
    {
        await using var platform = await RunningPlatform.StartAsync(RunningPlatform.FastOptions with { AbortRate = 1 });
        await Assert.ThrowsAsync<HttpRequestException>(() => platform.Client.GetAsync("/api/products"));

        platform.Host.Switches.AbortRate = 0;
        using var response = await platform.Client.GetAsync("/api/products");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task StallEvery_Three_StallsEveryThirdApiRequest()
    {
        const int StallMs = 1000;
        await using var platform = await RunningPlatform.StartAsync(
            new DemoPlatformOptions { LatencyProfile = LatencyProfile.None, StallEvery = 3, StallMilliseconds = StallMs });

        var stalled = new List<bool>();
        for (var i = 0; i < 6; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            using var response = await platform.Client.GetAsync("/api/products/2");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            stalled.Add(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(StallMs * 0.95));
        }

        Assert.Equal([false, false, true, false, false, true], stalled);
    }
}
