using System.Globalization;
using System.Text.Json;

namespace PerfInfra.Engine.Preflight;

/// <summary>
/// Judges the state machine's preflight responses — API Gateway GetStage, Lambda
/// GetProvisionedConcurrencyConfig (one per function), Athena GetWorkGroup, as Step Functions' SDK
/// integrations return them — against <see cref="AwsPreflightExpectations"/>. Field names are matched
/// case-insensitively (SDK integrations answer in PascalCase; the REST APIs in camelCase). A response
/// that is missing or lacks a field fails its check, naming the field: an unreadable answer never passes.
/// </summary>
public static class AwsPreflightJudge
{
    private const string MethodSettingsAllMethods = "*/*";

    public static IReadOnlyList<PreflightCheck> Judge(AwsPreflightExpectations expected, JsonElement responses)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var checks = new List<PreflightCheck>();
        Stage(expected, Property(responses, "Stage"), checks);
        if (Property(responses, "ProvisionedConcurrency") is { ValueKind: JsonValueKind.Array } configs)
        {
            foreach (var config in configs.EnumerateArray())
            {
                ProvisionedConcurrency(expected, config, checks);
            }
        }
        else
        {
            checks.Add(Missing("provisioned concurrency", "ProvisionedConcurrency"));
        }

        WorkGroup(expected, Property(responses, "WorkGroup"), checks);
        return checks;
    }

    private static void Stage(AwsPreflightExpectations e, JsonElement? stage, List<PreflightCheck> checks)
    {
        if (stage is not { ValueKind: JsonValueKind.Object } s)
        {
            checks.Add(Missing("api stage cache cluster", "Stage"));
            return;
        }

        checks.Add(PreflightCheck.Compare("api stage cache cluster", $"enabled, {e.CacheClusterSizeGb} GB, AVAILABLE",
            $"{(Bool(s, "CacheClusterEnabled") == true ? "enabled" : "disabled")}, {Text(s, "CacheClusterSize") ?? "?"} GB, {Text(s, "CacheClusterStatus") ?? "?"}"));
        var all = Property(s, "MethodSettings") is { ValueKind: JsonValueKind.Object } settings ? Property(settings, MethodSettingsAllMethods) : null;
        if (all is not { ValueKind: JsonValueKind.Object } m)
        {
            checks.Add(Missing("api stage method settings", $"Stage.MethodSettings[\"{MethodSettingsAllMethods}\"]"));
            return;
        }

        checks.Add(PreflightCheck.Compare("api cache ttl", $"caching on, {e.CacheTtlSeconds} s",
            $"caching {(Bool(m, "CachingEnabled") == true ? "on" : "off")}, {Number(m, "CacheTtlInSeconds")} s"));
        checks.Add(PreflightCheck.Compare("api throttling", $"{Invariant(e.ThrottlingRateLimit)}/s, burst {e.ThrottlingBurstLimit}",
            $"{Number(m, "ThrottlingRateLimit")}/s, burst {Number(m, "ThrottlingBurstLimit")}"));
    }

    private static void ProvisionedConcurrency(AwsPreflightExpectations e, JsonElement config, List<PreflightCheck> checks)
    {
        var name = Text(config, "FunctionName") ?? "function";
        checks.Add(PreflightCheck.Compare($"provisioned concurrency {name}", $"READY, {e.ProvisionedConcurrency} allocated",
            $"{Text(config, "Status") ?? "?"}, {Number(config, "AllocatedProvisionedConcurrentExecutions")} allocated"));
    }

    private static void WorkGroup(AwsPreflightExpectations e, JsonElement? response, List<PreflightCheck> checks)
    {
        var wg = response is { } r ? Property(r, "WorkGroup") : null;
        if (wg is not { ValueKind: JsonValueKind.Object } w)
        {
            checks.Add(Missing("athena workgroup", "WorkGroup.WorkGroup"));
            return;
        }

        var config = Property(w, "Configuration");
        checks.Add(PreflightCheck.Compare("athena workgroup", $"{e.WorkGroup} ENABLED, settings enforced, cutoff {e.BytesScannedCutoffPerQuery} B",
            $"{Text(w, "Name") ?? "?"} {Text(w, "State") ?? "?"}, settings {(config is { } c && Bool(c, "EnforceWorkGroupConfiguration") == true ? "enforced" : "not enforced")}, cutoff {(config is { } c2 ? Number(c2, "BytesScannedCutoffPerQuery") : "?")} B"));
    }

    private static PreflightCheck Missing(string name, string field) =>
        new(name, PreflightCheck.Fail, "a response", "none", $"the preflight response has no {field}");

    private static JsonElement? Property(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var p in element.EnumerateObject())
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return p.Value;
            }
        }

        return null;
    }

    private static string? Text(JsonElement e, string name) => Property(e, name) is { } v
        ? v.ValueKind switch { JsonValueKind.String => v.GetString(), JsonValueKind.Number => v.GetRawText(), _ => null }
        : null;

    private static bool? Bool(JsonElement e, string name) => Property(e, name) is { ValueKind: JsonValueKind.True or JsonValueKind.False } v ? v.GetBoolean() : null;

    private static string Number(JsonElement e, string name) =>
        Property(e, name) is { ValueKind: JsonValueKind.Number } v && v.TryGetDouble(out var d) ? Invariant(d) : "?";

    private static string Invariant(double d) => d.ToString("0.###", CultureInfo.InvariantCulture);
}
