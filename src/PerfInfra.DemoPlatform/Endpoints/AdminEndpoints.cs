using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PerfInfra.DemoPlatform.Admin;
using PerfInfra.DemoPlatform.Http;
using PerfInfra.DemoPlatform.Serialization;

namespace PerfInfra.DemoPlatform.Endpoints;

/// <summary>
/// GET and PUT /_admin/switches: lets a user flip the cache (or inject faults) in the middle of a run and
/// watch p95 move. Loopback-only like everything else here, so no authentication.
/// </summary>
internal sealed class AdminEndpoints(DemoPlatformSwitches switches)
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/_admin/switches", ReadAsync);
        routes.MapPut("/_admin/switches", UpdateAsync);
    }

    private Task ReadAsync(HttpContext context) =>
        JsonResponses.WriteAsync(context, StatusCodes.Status200OK, SwitchesDocument.From(switches.Current), DemoPlatformJsonContext.Default.SwitchesDocument);

    private async Task UpdateAsync(HttpContext context)
    {
        var (patch, error) = await JsonResponses.ReadAsync(context, DemoPlatformJsonContext.Default.SwitchesPatch);
        if (patch is null)
        {
            await JsonResponses.WriteErrorAsync(context, StatusCodes.Status400BadRequest, error!);
            return;
        }

        // Validate first so a bad value is a 400 with every problem named, not an exception.
        var errors = patch.ApplyTo(switches.Current).Validate(JsonNamingPolicy.SnakeCaseLower.ConvertName);
        if (errors.Count > 0)
        {
            await JsonResponses.WriteErrorAsync(context, StatusCodes.Status400BadRequest, string.Join(" ", errors));
            return;
        }

        var updated = switches.Update(patch.ApplyTo);
        await JsonResponses.WriteAsync(context, StatusCodes.Status200OK, SwitchesDocument.From(updated), DemoPlatformJsonContext.Default.SwitchesDocument);
    }
}
