namespace PerfInfra.Engine.Suites.Lambda;

/// <summary>
/// Lambda on-demand prices: per GB-second of billed duration and per million requests. Estimates from
/// list prices, not a bill; regions differ, so callers may pass their own.
/// </summary>
public sealed record LambdaPricing(string Architecture, double PricePerGbSecondUsd, double PricePerMillionRequestsUsd)
{
    private const double MillisecondsPerSecond = 1000;
    private const double MbPerGb = 1024;
    private const double RequestsPerMillion = 1_000_000;

    /// <summary>us-east-1 list price (2025), arm64 (Graviton): $0.0000133334 per GB-s, $0.20 per 1M requests.</summary>
    public static LambdaPricing Arm64 { get; } = new("arm64", 0.0000133334, 0.20);

    /// <summary>us-east-1 list price (2025), x86_64: $0.0000166667 per GB-s, $0.20 per 1M requests.</summary>
    public static LambdaPricing X86 { get; } = new("x86_64", 0.0000166667, 0.20);

    /// <summary>What one invocation costs: billed GB-seconds at <paramref name="memoryMb"/> plus the request charge.</summary>
    public double CostPerInvocationUsd(double billedDurationMs, int memoryMb) =>
        billedDurationMs / MillisecondsPerSecond * (memoryMb / MbPerGb) * PricePerGbSecondUsd
        + PricePerMillionRequestsUsd / RequestsPerMillion;
}
