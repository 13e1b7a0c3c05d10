using Microsoft.AspNetCore.Http;

namespace PerfInfra.DemoPlatform.Faults;

/// <summary>
/// Runs the fault rules in order before an /api request reaches its handler. /health and /_admin are
/// never faulted: a harness must be able to check readiness and turn faults off again.
/// </summary>
internal sealed class FaultInjectionMiddleware(DemoPlatformSwitches switches, IReadOnlyList<IFaultRule> rules)
{
    private static readonly PathString ApiPrefix = new("/api");

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Path.StartsWithSegments(ApiPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var state = switches.Current;
            foreach (var rule in rules)
            {
                if (await rule.ApplyAsync(context, state))
                {
                    return;
                }
            }
        }

        await next(context);
    }
}
