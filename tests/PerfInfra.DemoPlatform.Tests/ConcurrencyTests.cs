using System.Diagnostics;
using System.Net;
using PerfInfra.DemoPlatform.Latency;
using PerfInfra.DemoPlatform.Tests.Support;
using Xunit.Abstractions;

namespace PerfInfra.DemoPlatform.Tests;

/// <summary>
/// The platform must not be the bottleneck of a 1000-user run on 2 cores: simulated latency has to wait
/// on timers, not on threads. If it blocked a thread per request, 500 requests of 500 ms would need the
/// thread pool to grow to ~500 threads (it adds about one or two a second), taking minutes, not one latency.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class ConcurrencyTests(ITestOutputHelper output)
{
    private const int ConcurrentRequests = 500;
    private const double LatencyMilliseconds = 500;

    // Generous for a loaded shared machine (500 connects + 500 responses), yet far below what blocking would cost.
    private const double MaxWallMultipleOfLatency = 6;

    [Fact]
    public async Task Get_500ConcurrentRequests_AllCompleteInAboutOneLatency()
    {
        var options = new DemoPlatformOptions
        {
            LatencyProfile = LatencyProfile.Uniform(LatencyDistribution.Constant(LatencyMilliseconds)),
            CacheEnabled = false,
        };
        await using var platform = await RunningPlatform.StartAsync(options);
        using var warmUp = await platform.Client.GetAsync("/api/products/1");

        var stopwatch = Stopwatch.StartNew();
        var responses = await Task.WhenAll(Enumerable.Range(0, ConcurrentRequests).Select(async i =>
        {
            using var response = await platform.Client.GetAsync($"/api/products/{(i % DemoPlatformDefaults.ProductCount) + 1}");
            return response.StatusCode;
        }));
        var wall = stopwatch.Elapsed;
        output.WriteLine($"{ConcurrentRequests} concurrent requests of {LatencyMilliseconds} ms each: wall {wall.TotalMilliseconds:F0} ms ({wall.TotalMilliseconds / LatencyMilliseconds:F2}× one latency; serial would be {ConcurrentRequests * LatencyMilliseconds / 1000:F0} s)");

        Assert.All(responses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.True(wall >= TimeSpan.FromMilliseconds(LatencyMilliseconds * 0.95), $"wall {wall.TotalMilliseconds} ms is shorter than the simulated latency: latency was not applied");
        Assert.True(
            wall < TimeSpan.FromMilliseconds(LatencyMilliseconds * MaxWallMultipleOfLatency),
            $"wall {wall.TotalMilliseconds} ms exceeds {MaxWallMultipleOfLatency}× the {LatencyMilliseconds} ms latency: requests are serialized or starving the thread pool");
    }

    [Fact]
    public async Task PostCart_ConcurrentAddsToOneCart_CountEveryAdd()
    {
        await using var platform = await RunningPlatform.StartAsync(RunningPlatform.FastOptions);
        const int Adds = 200;

        var statuses = await Task.WhenAll(Enumerable.Range(0, Adds).Select(async _ =>
        {
            using var response = await platform.Client.PostAsync("/api/cart/shared/items", RunningPlatform.Json("""{"product_id":3,"quantity":1}"""));
            return response.StatusCode;
        }));
        var (_, cart) = await platform.GetJsonAsync("/api/cart/shared");

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Created, status));
        Assert.Equal(Adds, cart.GetProperty("item_count").GetInt32());
    }
}
