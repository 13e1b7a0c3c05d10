namespace PerfInfra.Engine;

/// <summary>Identity of the engine that produced a result; written into every report.</summary>
public static class EngineInfo
{
    public static string Version { get; } =
        typeof(EngineInfo).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
