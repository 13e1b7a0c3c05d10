using System.Globalization;
using System.Text.Json;
using PerfInfra.Engine.Config;
using PerfInfra.Engine.Preflight;
using PerfInfra.Lambdas.Contracts;

namespace PerfInfra.Lambdas.Planning;

/// <summary>
/// The execution input's shape, checked field by field before it is read: every field's JSON type
/// and size, unknown fields (a typo such as "usres" must not silently run the config's 1000 users), and
/// for each problem what would be accepted. Meaning (suite names, caps, allow-list, threshold syntax)
/// is <see cref="RunPlanner"/>'s job.
/// </summary>
internal static class RunRequestShape
{
    /// <summary>api, athena, pipeline, lambda: naming one twice is harmless, more entries are not a real input.</summary>
    public const int MaxSuites = 4;

    /// <summary>Per suite; the deployed config has a handful. Bounds the plan's work and the state's size.</summary>
    public const int MaxThresholdsPerSuite = 50;

    /// <summary>URLs beyond 2,048 characters are refused by most HTTP stacks anyway.</summary>
    public const int MaxTargetLength = 2048;

    public const int MaxNameLength = 64;

    public const int MaxCommentLength = 1000;

    /// <summary>A config in the input: far above any real one, well under the 256 KB execution input limit.</summary>
    public const int MaxConfigLength = 128 * 1024;

    private static readonly (string Name, string Accepted)[] Fields =
    [
        ("suites", $"a list of suite names, e.g. [\"api\"] ({string.Join(", ", RunPlanner.KnownSuites)}; at most {MaxSuites})"),
        ("profile", "a profile name of the deployed config, e.g. \"full\""),
        ("users", "a whole number of virtual users (closed model) or in-flight cap (open models), e.g. 200"),
        ("rate", "requests per second as a number, e.g. 500"),
        ("duration", "a duration string such as \"90s\" or \"5m\""),
        ("target", "an http(s) URL whose host is on the deployed allow-list, e.g. \"https://api.example.com/prod\""),
        ("thresholds", $"an object of suite → list of threshold expressions, e.g. {{\"api\": [\"p95 < 1000ms\", \"error_rate < 1%\"]}} (at most {MaxThresholdsPerSuite} per suite)"),
        ("comment", $"free text, ignored (at most {MaxCommentLength} characters)"),
        ("preflight", "what a failed preflight check does: \"fail\" (stop before any load, verdict fail), \"warn\" (report it, run anyway) or \"off\" (no checks)"),
        ("config", $"a whole load-test config as YAML text, replacing the deployed one except its allow-list and safety caps (at most {MaxConfigLength} characters)"),
    ];

    public static IReadOnlyList<string> FieldNames { get; } = Fields.Select(f => f.Name).ToArray();

    /// <summary>Every problem of <paramref name="request"/> (the execution input), each naming its field; empty when it can be read.</summary>
    public static IReadOnlyList<string> Check(JsonElement request)
    {
        if (request.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (request.ValueKind != JsonValueKind.Object)
        {
            return [$"input: expected a JSON object such as {{\"suites\": [\"api\"], \"users\": 200}}, got {PayloadReader.Describe(request)}"];
        }

        var problems = new List<string>();
        foreach (var field in request.EnumerateObject())
        {
            var known = Array.FindIndex(Fields, f => string.Equals(f.Name, field.Name, StringComparison.OrdinalIgnoreCase));
            if (known < 0)
            {
                problems.Add($"'{PayloadReader.Shorten(field.Name, MaxNameLength)}' is not an input field{NameSuggestion.Hint(field.Name, FieldNames)} (accepted: {string.Join(", ", FieldNames)})");
                continue;
            }

            var (name, accepted) = Fields[known];
            if (field.Value.ValueKind != JsonValueKind.Null && Problem(name, field.Value) is { } problem)
            {
                problems.Add($"{problem}: expected {accepted}");
            }
        }

        return problems;
    }

    /// <summary>What is wrong with one field's value (without the "expected" part), or null.</summary>
    private static string? Problem(string name, JsonElement value) => name switch
    {
        "suites" => value.ValueKind != JsonValueKind.Array ? Got(name, value)
            : value.GetArrayLength() > MaxSuites ? $"{name}: {value.GetArrayLength()} entries, above {MaxSuites}"
            : FirstNonString(name, value),
        "users" => value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out _) ? Got(name, value) : null,
        "rate" => value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out _) ? Got(name, value) : null,
        "profile" => String(name, value, MaxNameLength),
        "duration" => String(name, value, MaxNameLength),
        "target" => String(name, value, MaxTargetLength),
        "comment" => String(name, value, MaxCommentLength),
        "config" => String(name, value, MaxConfigLength),
        "preflight" => String(name, value, MaxNameLength) ?? (PreflightModeNames.TryParse(value.GetString(), out _) ? null : $"{name}: '{PayloadReader.Shorten(value.GetString()!, MaxNameLength)}' is not a mode"),
        "thresholds" => Thresholds(value),
        _ => null,
    };

    private static string? Thresholds(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return Got("thresholds", value);
        }

        foreach (var suite in value.EnumerateObject())
        {
            var path = $"thresholds.{PayloadReader.Shorten(suite.Name, MaxNameLength)}";
            if (suite.Value.ValueKind != JsonValueKind.Array)
            {
                return Got(path, suite.Value);
            }

            if (suite.Value.GetArrayLength() > MaxThresholdsPerSuite)
            {
                return $"{path}: {suite.Value.GetArrayLength()} expressions, above {MaxThresholdsPerSuite}";
            }

            if (FirstNonString(path, suite.Value) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? String(string name, JsonElement value, int maxLength) =>
        value.ValueKind != JsonValueKind.String ? Got(name, value)
        : value.GetString()!.Length > maxLength ? $"{name}: {value.GetString()!.Length.ToString(CultureInfo.InvariantCulture)} characters, above {maxLength.ToString(CultureInfo.InvariantCulture)}"
        : null;

    private static string? FirstNonString(string name, JsonElement array)
    {
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                return Got($"{name}[{i.ToString(CultureInfo.InvariantCulture)}]", item);
            }

            i++;
        }

        return null;
    }

    private static string Got(string name, JsonElement value) => $"{name}: got {PayloadReader.Describe(value)}";
}
