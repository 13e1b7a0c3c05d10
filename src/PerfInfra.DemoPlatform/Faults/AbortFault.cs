using Microsoft.AspNetCore.Http;
using PerfInfra.DemoPlatform.Randomness;

namespace PerfInfra.DemoPlatform.Faults;

/// <summary>Closes the connection with no response, as a crashed backend or a reset load balancer would.</summary>
internal sealed class AbortFault(IRandomSource random) : IFaultRule
{
    public ValueTask<bool> ApplyAsync(HttpContext context, DemoPlatformSwitchState switches)
    {
        if (switches.AbortRate <= 0 || random.NextDouble() >= switches.AbortRate)
        {
            return ValueTask.FromResult(false);
        }

        context.Abort();
        return ValueTask.FromResult(true);
    }
}
