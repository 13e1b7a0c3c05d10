using Microsoft.AspNetCore.Http;

namespace PerfInfra.DemoPlatform.Faults;

/// <summary>
/// Every Nth request waits before being served, like a backend pausing (a GC, a lock, a failover).
/// Counted rather than drawn at random so a test knows exactly which requests stall.
/// </summary>
internal sealed class StallFault(TimeProvider timeProvider) : IFaultRule
{
    private long _requests;

    public async ValueTask<bool> ApplyAsync(HttpContext context, DemoPlatformSwitchState switches)
    {
        if (switches.StallEvery <= 0 || switches.StallMilliseconds <= 0)
        {
            return false;
        }

        if (Interlocked.Increment(ref _requests) % switches.StallEvery == 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(switches.StallMilliseconds), timeProvider, context.RequestAborted);
        }

        return false;
    }
}
