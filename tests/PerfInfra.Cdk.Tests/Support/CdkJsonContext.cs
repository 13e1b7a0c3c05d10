using System.Text.Json;

namespace PerfInfra.Cdk.Tests.Support;

/// <summary>
/// The feature flags of the repository's cdk.json: the CLI hands them to the app, so tests must too,
/// or they would synthesize with CDK's legacy defaults (e.g. ACL-based access logging).
/// </summary>
internal static class CdkJsonContext
{
    private static readonly Lazy<IReadOnlyDictionary<string, object>> Flags = new(Load);

    public static Dictionary<string, object> With(IDictionary<string, object>? overrides)
    {
        var context = new Dictionary<string, object>(Flags.Value)
        {
            // Skip asset bundling in tests: bundling the Lambdas is a 2-minute Native AOT publish, which
            // cdk/test.sh's `cdk synth` does once for real. CDK's own switch: stacks not listed skip bundling.
            ["aws:cdk:bundling-stacks"] = Array.Empty<string>(),
            // Tests run from bin/: the bootstrap project is found from the repository root instead.
            ["perfinfra:loadTest:lambdaProjectPath"] = RepositoryRoot.Resolve(PerfInfra.Cdk.Settings.LoadTestDefaults.LambdaProjectPath),
            // And the Batch job image's build context, which is the repository root.
            ["perfinfra:batch:jobImageContext"] = RepositoryRoot.Path,
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, object>())
        {
            context[key] = value;
        }

        return context;
    }

    private static IReadOnlyDictionary<string, object> Load()
    {
        var cdkJson = System.IO.Path.Combine(RepositoryRoot.Path, "cdk.json");
        using var json = JsonDocument.Parse(File.ReadAllText(cdkJson));
        var result = new Dictionary<string, object>();
        foreach (var entry in json.RootElement.GetProperty("context").EnumerateObject())
        {
            object? value = entry.Value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.String => entry.Value.GetString(),
                JsonValueKind.Array => entry.Value.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToArray(),
                _ => null,
            };
            if (value is not null)
            {
                result[entry.Name] = value;
            }
        }

        return result;
    }
}
