using System.Globalization;
using System.Text.Json;

namespace PerfInfra.Engine.Preflight;

/// <summary>
/// Judges the state machine's preflight responses (<see cref="AwsPreflightResponses"/>: API Gateway
/// GetStage, Lambda GetProvisionedConcurrencyConfig per alias, Athena GetWorkGroup per workgroup, as Step
/// Functions' SDK integrations return them) against <see cref="AwsPreflightExpectations"/>: one check per
/// expectation, in the expectations' order. Field names are matched case-insensitively (SDK integrations
/// answer in PascalCase; the REST APIs in camelCase). A response that is missing, failed, or lacks a field
/// fails its check, naming what was missing: an unreadable answer never passes.
/// </summary>
public static class AwsPreflightJudge
{
    private const string StageDefaultsKey = "*/*";

    /// <summary>An SDK error's cause can quote a whole request; the report keeps its start.</summary>
    private const int MaxCauseLength = 300;

    public static IReadOnlyList<PreflightCheck> Judge(AwsPreflightExpectations expected, JsonElement responses)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var entries = responses.ValueKind == JsonValueKind.Array ? responses.EnumerateArray().ToList() : [];
        var checks = new List<PreflightCheck>();
        if (expected.Stage is { } stage)
        {
            Stage(stage, Find(entries, AwsPreflightResponses.Stage, null), checks);
        }

        foreach (var pc in expected.ProvisionedConcurrency)
        {
            ProvisionedConcurrency(pc, Find(entries, AwsPreflightResponses.ProvisionedConcurrency, pc.Name), checks);
        }

        foreach (var wg in expected.WorkGroups)
        {
            WorkGroup(wg, Find(entries, AwsPreflightResponses.WorkGroup, wg.Name), checks);
        }

        return checks;
    }

    private static void Stage(ApiStageExpectation e, JsonElement? entry, List<PreflightCheck> checks)
    {
        const string name = "api stage cache cluster";
        if (Unanswered(name, "apigateway:GetStage", entry, checks) is not { } s)
        {
            return;
        }

        checks.Add(PreflightCheck.Compare(name, $"enabled, {e.CacheClusterSizeGb} GB, AVAILABLE",
            $"{(Bool(s, "CacheClusterEnabled") == true ? "enabled" : "disabled")}, {Text(s, "CacheClusterSize") ?? "?"} GB, {Text(s, "CacheClusterStatus") ?? "?"}"));
        var settings = Property(s, "MethodSettings");
        if (MethodSetting(settings, StageDefaultsKey) is not { } defaults)
        {
            checks.Add(Missing("api stage method settings", $"MethodSettings[\"{StageDefaultsKey}\"]"));
        }
        else
        {
            checks.Add(PreflightCheck.Compare("api cache ttl (stage default)", Caching(e.CacheTtlSeconds), Caching(defaults)));
            checks.Add(PreflightCheck.Compare("api throttling", $"{Invariant(e.ThrottlingRateLimit)}/s, burst {e.ThrottlingBurstLimit}",
                $"{Number(defaults, "ThrottlingRateLimit")}/s, burst {Number(defaults, "ThrottlingBurstLimit")}"));
        }

        foreach (var route in e.Routes)
        {
            var check = $"api cache {route.HttpMethod} {route.Path}";
            checks.Add(MethodSetting(settings, route.MethodSettingsKey) is { } m
                ? PreflightCheck.Compare(check, Caching(route.CacheTtlSeconds), Caching(m))
                : Missing(check, $"MethodSettings[\"{route.MethodSettingsKey}\"]"));
        }
    }

    private static void ProvisionedConcurrency(ProvisionedConcurrencyExpectation e, JsonElement? entry, List<PreflightCheck> checks)
    {
        var name = $"provisioned concurrency {e.Name}:{e.Qualifier}";
        if (Unanswered(name, "lambda:GetProvisionedConcurrencyConfig", entry, checks) is not { } config)
        {
            return;
        }

        var status = Text(config, "Status");
        var allocated = Property(config, "AllocatedProvisionedConcurrentExecutions") is { ValueKind: JsonValueKind.Number } a && a.TryGetInt32(out var n) ? n : (int?)null;
        var expected = $"READY, at least {e.MinAllocated} allocated";
        var actual = $"{status ?? "?"}, {(allocated is { } v ? v.ToString(CultureInfo.InvariantCulture) : "?")} allocated";
        checks.Add(status == "READY" && allocated >= e.MinAllocated
            ? new PreflightCheck(name, PreflightCheck.Pass, expected, actual)
            : new PreflightCheck(name, PreflightCheck.Fail, expected, actual,
                $"expected {expected}, found {actual}{(Text(config, "StatusReason") is { } why ? $" ({why})" : string.Empty)}"));
    }

    private static void WorkGroup(WorkGroupExpectation e, JsonElement? entry, List<PreflightCheck> checks)
    {
        var name = $"athena workgroup {e.Name}";
        if (Unanswered(name, "athena:GetWorkGroup", entry, checks) is not { } response)
        {
            return;
        }

        if (Property(response, "WorkGroup") is not { ValueKind: JsonValueKind.Object } w)
        {
            checks.Add(Missing(name, "WorkGroup"));
            return;
        }

        var config = Property(w, "Configuration");
        var enforced = config is { } c && Bool(c, "EnforceWorkGroupConfiguration") == true;
        checks.Add(PreflightCheck.Compare(name, $"ENABLED, settings enforced, cutoff {e.BytesScannedCutoffPerQuery} B",
            $"{Text(w, "State") ?? "?"}, settings {(enforced ? "enforced" : "not enforced")}, cutoff {(config is { } c2 ? Number(c2, "BytesScannedCutoffPerQuery") : "?")} B"));
    }

    /// <summary>The entry's response, or null after adding the failed check that says why there is none.</summary>
    private static JsonElement? Unanswered(string name, string call, JsonElement? entry, List<PreflightCheck> checks)
    {
        if (entry is not { } found)
        {
            checks.Add(new(name, PreflightCheck.Fail, "a response", "none", $"the preflight made no {call} call for it"));
            return null;
        }

        if (Property(found, AwsPreflightResponses.ErrorField) is { ValueKind: JsonValueKind.Object } error)
        {
            var cause = Text(error, "Cause") ?? string.Empty;
            cause = cause.Length > MaxCauseLength ? cause[..MaxCauseLength] + "…" : cause;
            checks.Add(new(name, PreflightCheck.Fail, "a response", "error", $"{call} failed: {Text(error, "Error") ?? "unknown error"}{(cause.Length > 0 ? ": " + cause : string.Empty)}"));
            return null;
        }

        if (Property(found, AwsPreflightResponses.ResponseField) is { ValueKind: JsonValueKind.Object } response)
        {
            return response;
        }

        checks.Add(Missing(name, AwsPreflightResponses.ResponseField));
        return null;
    }

    private static JsonElement? Find(List<JsonElement> entries, string kind, string? name) =>
        entries.Cast<JsonElement?>().FirstOrDefault(e =>
            Text(e!.Value, AwsPreflightResponses.CheckField) == kind && (name is null || Text(e.Value, AwsPreflightResponses.NameField) == name));

    private static JsonElement? MethodSetting(JsonElement? settings, string key) =>
        settings is { ValueKind: JsonValueKind.Object } s && Property(s, key) is { ValueKind: JsonValueKind.Object } m ? m : null;

    private static string Caching(int? ttlSeconds) => ttlSeconds is { } ttl ? $"caching on, {ttl} s" : "caching off";

    private static string Caching(JsonElement setting) => Bool(setting, "CachingEnabled") == true
        ? $"caching on, {Number(setting, "CacheTtlInSeconds")} s"
        : "caching off";

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
