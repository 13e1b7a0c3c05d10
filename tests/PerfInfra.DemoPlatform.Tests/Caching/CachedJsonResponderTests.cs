using System.Diagnostics;
using System.Net;
using PerfInfra.DemoPlatform.Caching;
using PerfInfra.DemoPlatform.Latency;
using PerfInfra.DemoPlatform.Tests.Support;

namespace PerfInfra.DemoPlatform.Tests.Caching;

[Collection(TimingCollection.Name)]
public sealed class CachedJsonResponderTests
{
    private const double BackendMilliseconds = 300;
    private static readonly DemoPlatformOptions SlowBackend = new() { LatencyProfile = LatencyProfile.Uniform(LatencyDistribution.Constant(BackendMilliseconds)) };

    [Theory]
    [InlineData("/api/products/3")]
    [InlineData("/api/products?page=2")]
    [InlineData("/api/search?q=tea")]
    public async Task Get_SecondRequest_IsHitAndSkipsBackendLatency(string path)
    {
        await using var platform = await RunningPlatform.StartAsync(SlowBackend);

        var (miss, missTime, missBody) = await TimedGetAsync(platform, path);
        var hits = new List<TimeSpan>();
        string? hitBody = null;
        for (var i = 0; i < 3; i++)
        {
            var (hit, hitTime, body) = await TimedGetAsync(platform, path);
            Assert.Equal(CachedJsonResponder.Hit, Assert.Single(hit.Headers.GetValues(CachedJsonResponder.CacheHeader)));
            hits.Add(hitTime);
            hitBody = body;
        }

        Assert.Equal(HttpStatusCode.OK, miss.StatusCode);
        Assert.Equal(CachedJsonResponder.Miss, Assert.Single(miss.Headers.GetValues(CachedJsonResponder.CacheHeader)));
        Assert.True(missTime >= TimeSpan.FromMilliseconds(BackendMilliseconds * 0.95), $"miss took {missTime.TotalMilliseconds} ms");
        Assert.True(hits.Min() < missTime / 3, $"fastest hit {hits.Min().TotalMilliseconds} ms vs miss {missTime.TotalMilliseconds} ms");
        Assert.Equal(missBody, hitBody);
    }

    [Fact]
    public async Task Get_CacheSwitchedOffAtRuntime_EveryRequestMissesAndPaysLatency()
    {
        await using var platform = await RunningPlatform.StartAsync(SlowBackend);
        await platform.Client.GetAsync("/api/products/3");

        await platform.SendJsonAsync(HttpMethod.Put, "/_admin/switches", """{"cache_enabled":false}""");
        var (first, firstTime, _) = await TimedGetAsync(platform, "/api/products/3");
        var (second, secondTime, _) = await TimedGetAsync(platform, "/api/products/3");

        Assert.Equal(CachedJsonResponder.Miss, Assert.Single(first.Headers.GetValues(CachedJsonResponder.CacheHeader)));
        Assert.Equal(CachedJsonResponder.Miss, Assert.Single(second.Headers.GetValues(CachedJsonResponder.CacheHeader)));
        Assert.True(secondTime >= TimeSpan.FromMilliseconds(BackendMilliseconds * 0.95), $"second took {secondTime.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Get_CacheReEnabled_StartsCold()
    {
        await using var platform = await RunningPlatform.StartAsync(RunningPlatform.FastOptions);
        await platform.Client.GetAsync("/api/products/4");

        platform.Host.Switches.CacheEnabled = false;
        platform.Host.Switches.CacheEnabled = true;
        var (afterFlip, _, _) = await TimedGetAsync(platform, "/api/products/4");

        Assert.Equal(CachedJsonResponder.Miss, Assert.Single(afterFlip.Headers.GetValues(CachedJsonResponder.CacheHeader)));
    }

    [Fact]
    public async Task Get_NotFound_IsNeverCached()
    {
        await using var platform = await RunningPlatform.StartAsync(RunningPlatform.FastOptions);
        await platform.Client.GetAsync("/api/products/9999");

        var (second, _, _) = await TimedGetAsync(platform, "/api/products/9999");

        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Equal(CachedJsonResponder.Miss, Assert.Single(second.Headers.GetValues(CachedJsonResponder.CacheHeader)));
    }

    [Fact]
    public async Task CartAndCheckout_NeverCarryCacheHeader()
    {
        await using var platform = await RunningPlatform.StartAsync(RunningPlatform.FastOptions);

        var (add, _) = await platform.SendJsonAsync(HttpMethod.Post, "/api/cart/x/items", """{"product_id":1,"quantity":1}""");
        var (read, _) = await platform.GetJsonAsync("/api/cart/x");
        var (checkout, _) = await platform.SendJsonAsync(HttpMethod.Post, "/api/checkout", """{"cart_id":"x"}""");

        Assert.All([add, read, checkout], r => Assert.False(r.Headers.Contains(CachedJsonResponder.CacheHeader)));
    }

    private static async Task<(HttpResponseMessage Response, TimeSpan Elapsed, string Body)> TimedGetAsync(RunningPlatform platform, string path)
    {
        var stopwatch = Stopwatch.StartNew();
        var response = await platform.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        return (response, stopwatch.Elapsed, body);
    }
}
