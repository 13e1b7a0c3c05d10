namespace PerfInfra.Engine.Config;

/// <summary>The memory sweep's bounds: AWS Lambda's own memory limits, and sizes of a sweep worth running.</summary>
public static class MemorySweepDefaults
{
    /// <summary>Lambda's smallest memory size (MB).</summary>
    public const int MinMemoryMb = 128;

    /// <summary>Lambda's largest memory size (MB).</summary>
    public const int MaxMemoryMb = 10_240;

    /// <summary>Each size is a configuration change and a wait: more than this is a different experiment.</summary>
    public const int MaxSizes = 10;

    /// <summary>Invocations per size: the first after the change is a cold start (not averaged), the rest warm.</summary>
    public const int Invocations = 10;

    public const int MaxInvocations = 1_000;
}
