using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PerfInfra.DemoPlatform.Http;
using PerfInfra.DemoPlatform.Serialization;

namespace PerfInfra.DemoPlatform.Endpoints;

/// <summary>GET /health — no latency and no faults, so a harness can always tell the platform is up.</summary>
internal sealed class HealthEndpoints
{
    private static readonly HealthStatus Healthy = new("ok");

    public void Map(IEndpointRouteBuilder routes) => routes.MapGet("/health", context =>
        JsonResponses.WriteAsync(context, StatusCodes.Status200OK, Healthy, DemoPlatformJsonContext.Default.HealthStatus));
}
