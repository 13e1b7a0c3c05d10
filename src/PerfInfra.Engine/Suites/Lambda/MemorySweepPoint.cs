namespace PerfInfra.Engine.Suites.Lambda;

/// <summary>One memory size of a sweep: its invocations' mean duration and billed duration, and what one invocation costs.</summary>
public sealed record MemorySweepPoint(int MemoryMb, int Invocations, double AvgDurationMs, double AvgBilledDurationMs, double CostPerInvocationUsd);
