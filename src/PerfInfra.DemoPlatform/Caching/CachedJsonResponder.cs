using Microsoft.AspNetCore.Http;
using PerfInfra.DemoPlatform.Http;
using PerfInfra.DemoPlatform.Latency;

namespace PerfInfra.DemoPlatform.Caching;

/// <summary>
/// Serves a cacheable GET: a hit answers from memory with no simulated backend latency (that is the
/// point of the cache); a miss pays the route's latency, builds the body and stores it if it is a 200.
/// <c>X-Cache: Hit|Miss</c> tells the client which happened, as CloudFront and API Gateway do.
/// </summary>
internal sealed class CachedJsonResponder(ResponseCache cache, DemoPlatformSwitches switches, LatencySimulator latency)
{
    public const string CacheHeader = "X-Cache";
    public const string Hit = "Hit";
    public const string Miss = "Miss";

    public async Task ServeAsync(
        HttpContext context,
        string key,
        CacheClass cacheClass,
        RouteClass routeClass,
        Func<(int Status, byte[] Body)> produce)
    {
        var cacheEnabled = switches.Current.CacheEnabled;
        if (cacheEnabled && cache.TryGet(key, out var cached))
        {
            context.Response.Headers[CacheHeader] = Hit;
            await JsonResponses.WriteBytesAsync(context, StatusCodes.Status200OK, cached);
            return;
        }

        await latency.DelayAsync(routeClass, context.RequestAborted);
        var (status, body) = produce();
        if (cacheEnabled && status == StatusCodes.Status200OK)
        {
            cache.Store(key, cacheClass, body);
        }

        context.Response.Headers[CacheHeader] = Miss;
        await JsonResponses.WriteBytesAsync(context, status, body);
    }
}
