using Microsoft.AspNetCore.Http;
using PerfInfra.DemoPlatform.Http;
using PerfInfra.DemoPlatform.Randomness;
using PerfInfra.DemoPlatform.Serialization;

namespace PerfInfra.DemoPlatform.Faults;

/// <summary>Answers a fraction of requests with a 5xx at once, as an overloaded backend would.</summary>
internal sealed class FailureStatusFault(IRandomSource random) : IFaultRule
{
    public async ValueTask<bool> ApplyAsync(HttpContext context, DemoPlatformSwitchState switches)
    {
        if (switches.FailureRate <= 0 || random.NextDouble() >= switches.FailureRate)
        {
            return false;
        }

        await JsonResponses.WriteAsync(
            context,
            switches.FailureStatus,
            new ErrorResponse($"Injected failure (failure_rate {switches.FailureRate})."),
            DemoPlatformJsonContext.Default.ErrorResponse);
        return true;
    }
}
