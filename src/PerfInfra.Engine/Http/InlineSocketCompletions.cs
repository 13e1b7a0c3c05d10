namespace PerfInfra.Engine.Http;

/// <summary>
/// Opt-in for hosts (the <c>perf</c> CLI, a Lambda worker, the bench loop): run socket continuations
/// directly on the runtime's epoll threads, one per core, instead of queueing each one to the thread pool.
/// That is wrk's model — one event loop per thread — and it removes a thread hop and most of the
/// scheduler wake-ups per request, the largest generator-side cost after the kernel's own
/// (bench/http-cpu.sh measures it). The price: code running on those continuations must never block, or
/// every connection of that event thread stalls; the load loops only record a sample and send again.
/// </summary>
public static class InlineSocketCompletions
{
    /// <summary>The runtime's switch, read once when the process creates its first socket.</summary>
    public const string EnvironmentVariable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    /// <summary>Turns the switch on for this process. Call it first thing in <c>Main</c>: once any socket
    /// exists the runtime has made its choice and this has no effect. Returns false where the switch does
    /// not exist (Windows completes I/O on its own completion-port threads).</summary>
    public static bool Enable()
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        Environment.SetEnvironmentVariable(EnvironmentVariable, "1");
        return true;
    }

    public static bool IsEnabled => Environment.GetEnvironmentVariable(EnvironmentVariable) == "1";
}
