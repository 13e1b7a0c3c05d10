using System.Net;
using PerfInfra.DemoPlatform.Tests.Support;

namespace PerfInfra.DemoPlatform.Tests.Endpoints;

public sealed class AdminEndpointsTests
{
    [Fact]
    public async Task GetSwitches_Default_ReturnsEveryOptionValue()
    {
        await using var platform = await RunningPlatform.StartAsync(RunningPlatform.FastOptions with { StallEvery = 7, FailureStatus = 502 });

        var (response, body) = await platform.GetJsonAsync("/_admin/switches");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("cache_enabled").GetBoolean());
        Assert.Equal(1.0, body.GetProperty("latency_scale").GetDouble());
        Assert.Equal(0.0, body.GetProperty("failure_rate").GetDouble());
        Assert.Equal(502, body.GetProperty("failure_status").GetInt32());
        Assert.Equal(7, body.GetProperty("stall_every").GetInt32());
        Assert.Equal(DemoPlatformDefaults.StallMilliseconds, body.GetProperty("stall_milliseconds").GetInt32());
        Assert.Equal(0.0, body.GetProperty("abort_rate").GetDouble());
    }

    [Fact]
    public async Task PutSwitches_PartialBody_ChangesOnlyGivenFieldsAtRuntime()
    {
        await using var platform = await RunningPlatform.StartAsync();

        var (response, body) = await platform.SendJsonAsync(HttpMethod.Put, "/_admin/switches", """{"cache_enabled":false,"latency_scale":2.5}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body.GetProperty("cache_enabled").GetBoolean());
        Assert.Equal(2.5, body.GetProperty("latency_scale").GetDouble());
        Assert.Equal(DemoPlatformDefaults.FailureStatus, body.GetProperty("failure_status").GetInt32());
        Assert.False(platform.Host.Switches.CacheEnabled);
        Assert.Equal(2.5, platform.Host.Switches.LatencyScale);
    }

    [Fact]
    public async Task PutSwitches_FailureRateOne_FailsApiButNotHealthOrAdmin()
    {
        await using var platform = await RunningPlatform.StartAsync();

        await platform.SendJsonAsync(HttpMethod.Put, "/_admin/switches", """{"failure_rate":1,"failure_status":502}""");
        using var failed = await platform.Client.GetAsync("/api/products/1");
        using var health = await platform.Client.GetAsync("/health");
        await platform.SendJsonAsync(HttpMethod.Put, "/_admin/switches", """{"failure_rate":0}""");
        using var recovered = await platform.Client.GetAsync("/api/products/1");

        Assert.Equal(HttpStatusCode.BadGateway, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
    }

    [Fact]
    public async Task PutSwitches_InvalidValues_Returns400NamingEachAndChangesNothing()
    {
        await using var platform = await RunningPlatform.StartAsync();

        var (response, body) = await platform.SendJsonAsync(HttpMethod.Put, "/_admin/switches", """{"cache_enabled":false,"failure_rate":2,"failure_status":404}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = body.GetProperty("error").GetString();
        Assert.Contains("failure_rate is 2", error);
        Assert.Contains("failure_status is 404", error);
        Assert.True(platform.Host.Switches.CacheEnabled);
    }

    [Fact]
    public async Task PutSwitches_Stall_TakesEffectAndReadsBack()
    {
        await using var platform = await RunningPlatform.StartAsync();

        var (response, body) = await platform.SendJsonAsync(HttpMethod.Put, "/_admin/switches", """{"stall_every":5,"stall_milliseconds":750,"abort_rate":0.01}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, body.GetProperty("stall_every").GetInt32());
        Assert.Equal(750, platform.Host.Switches.StallMilliseconds);
        Assert.Equal(0.01, platform.Host.Switches.AbortRate);
    }

    [Fact]
    public async Task PutSwitches_UnknownKey_Returns400()
    {
        await using var platform = await RunningPlatform.StartAsync();

        var (response, body) = await platform.SendJsonAsync(HttpMethod.Put, "/_admin/switches", """{"cache_enable":false}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("cache_enable", body.GetProperty("error").GetString());
        Assert.True(platform.Host.Switches.CacheEnabled);
    }
}
