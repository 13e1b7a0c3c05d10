using Microsoft.Extensions.Logging;
using PerfInfra.DemoPlatform.Latency;

namespace PerfInfra.DemoPlatform;

/// <summary>
/// How to start the demo platform. Every default lives in <see cref="DemoPlatformDefaults"/>.
/// The switch-like values (cache, failures, stalls, aborts, latency scale) are only the starting
/// state; change them at runtime through <see cref="DemoPlatformHost.Switches"/> or <c>/_admin/switches</c>.
/// </summary>
public sealed record DemoPlatformOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 (default) picks a free port.</summary>
    public int Port { get; init; } = DemoPlatformDefaults.Port;

    /// <summary>Simulated backend latency per route class; default <see cref="LatencyProfile.Realistic"/>.</summary>
    public LatencyProfile LatencyProfile { get; init; } = LatencyProfile.Realistic;

    /// <summary>Multiplies every simulated latency; default 1.</summary>
    public double LatencyScale { get; init; } = DemoPlatformDefaults.LatencyScale;

    /// <summary>Response cache for product list, detail and search; on by default, like the seed's API Gateway.</summary>
    public bool CacheEnabled { get; init; } = true;

    /// <summary>Fraction (0–1) of /api requests answered with <see cref="FailureStatus"/>; default 0.</summary>
    public double FailureRate { get; init; }

    /// <summary>Status of injected failures; default 503.</summary>
    public int FailureStatus { get; init; } = DemoPlatformDefaults.FailureStatus;

    /// <summary>Every Nth /api request stalls for <see cref="StallMilliseconds"/>; default 0 (never).</summary>
    public int StallEvery { get; init; }

    /// <summary>Length of an injected stall; default 2000 ms.</summary>
    public int StallMilliseconds { get; init; } = DemoPlatformDefaults.StallMilliseconds;

    /// <summary>Fraction (0–1) of /api requests whose connection is closed with no response; default 0.</summary>
    public double AbortRate { get; init; }

    /// <summary>Size of the generated catalog; default 300.</summary>
    public int ProductCount { get; init; } = DemoPlatformDefaults.ProductCount;

    /// <summary>At most this many carts are kept; the oldest is evicted first. Default 10,000.</summary>
    public int MaxCarts { get; init; } = DemoPlatformDefaults.MaxCarts;

    /// <summary>Seeds the catalog, latency draws, failure draws and tokens; default 42.</summary>
    public int RandomSeed { get; init; } = DemoPlatformDefaults.RandomSeed;

    /// <summary>
    /// Where Warning-and-above logs go. Default null: nothing is logged, because the CLI's progress line owns the terminal.
    /// </summary>
    public ILoggerProvider? LoggerProvider { get; init; }

    internal DemoPlatformSwitchState InitialSwitches => new(
        CacheEnabled, LatencyScale, FailureRate, FailureStatus, StallEvery, StallMilliseconds, AbortRate);

    /// <summary>Every problem with these options, each naming the option, the bad value and what is accepted.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Port is < 0 or > ushort.MaxValue)
        {
            errors.Add($"{nameof(Port)} is {Port}; expected 0 (any free port) to {ushort.MaxValue}.");
        }

        if (LatencyProfile is null)
        {
            errors.Add($"{nameof(LatencyProfile)} is null; use {nameof(Latency.LatencyProfile)}.{nameof(Latency.LatencyProfile.None)} for no latency.");
        }
        else
        {
            errors.AddRange(LatencyProfile.Validate());
        }

        if (ProductCount < 1)
        {
            errors.Add($"{nameof(ProductCount)} is {ProductCount}; expected at least 1.");
        }

        if (MaxCarts < 1)
        {
            errors.Add($"{nameof(MaxCarts)} is {MaxCarts}; expected at least 1.");
        }

        errors.AddRange(InitialSwitches.Validate());
        return errors;
    }
}
