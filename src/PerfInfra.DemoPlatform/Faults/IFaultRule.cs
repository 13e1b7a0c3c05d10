using Microsoft.AspNetCore.Http;

namespace PerfInfra.DemoPlatform.Faults;

/// <summary>
/// One kind of injected fault. New faults (slowloris, malformed responses, huge bodies — issue 7) are a new
/// implementation added to the list in <see cref="FaultInjectionMiddleware"/>; nothing else changes.
/// </summary>
internal interface IFaultRule
{
    /// <summary>
    /// Applies the fault to this request if the switches say so. Returns true when the fault ended the
    /// request (a response was written or the connection closed), false to let it continue.
    /// </summary>
    ValueTask<bool> ApplyAsync(HttpContext context, DemoPlatformSwitchState switches);
}
