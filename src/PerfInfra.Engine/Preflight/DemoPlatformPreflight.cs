using System.Text.Json;

namespace PerfInfra.Engine.Preflight;

/// <summary>
/// The local preflight: a PerfInfra demo platform reports its switches at <c>/_admin/switches</c>; the
/// optimization under test there is the response cache (the stand-in for API Gateway caching). A target
/// that is not a demo platform has nothing to check locally: the check is skipped, saying so.
/// </summary>
public static class DemoPlatformPreflight
{
    public const string CacheCheckName = "api response cache enabled";

    public const string SwitchesPath = "/_admin/switches";

    /// <summary>Judges the body of GET /_admin/switches (null: the target has no such endpoint).</summary>
    public static PreflightCheck JudgeSwitches(string? switchesJson)
    {
        if (switchesJson is null)
        {
            return new(CacheCheckName, PreflightCheck.Skipped, "on", "unknown", $"the target has no {SwitchesPath}: not a PerfInfra demo platform; on AWS the state machine checks the API stage cache");
        }

        try
        {
            using var doc = JsonDocument.Parse(switchesJson);
            if (doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("cache_enabled", out var cache)
                && cache.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return PreflightCheck.Compare(CacheCheckName, "on", cache.GetBoolean() ? "on" : "off");
            }
        }
        catch (JsonException)
        {
            // Fall through: an answer we cannot read is reported as unknown, not guessed.
        }

        // Many APIs answer any path with JSON: without cache_enabled this is not a demo platform, and
        // blocking a run on a guess would be worse than saying the check could not be made.
        return new(CacheCheckName, PreflightCheck.Skipped, "on", "unknown", $"{SwitchesPath} did not answer with a demo platform switches document (no cache_enabled)");
    }
}
