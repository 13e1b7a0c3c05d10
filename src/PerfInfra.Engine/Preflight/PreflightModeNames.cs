namespace PerfInfra.Engine.Preflight;

/// <summary>The modes as users write them (<c>--preflight</c>, the execution input's <c>preflight</c>).</summary>
public static class PreflightModeNames
{
    public static IReadOnlyList<string> All { get; } = ["fail", "warn", "off"];

    public static string Of(PreflightMode mode) => mode.ToString().ToLowerInvariant();

    /// <summary>null → <see cref="PreflightMode.Fail"/>, the default; false for a name not in <see cref="All"/>.</summary>
    public static bool TryParse(string? name, out PreflightMode mode)
    {
        mode = name switch { null or "fail" => PreflightMode.Fail, "warn" => PreflightMode.Warn, "off" => PreflightMode.Off, _ => (PreflightMode)(-1) };
        return Enum.IsDefined(mode);
    }
}
