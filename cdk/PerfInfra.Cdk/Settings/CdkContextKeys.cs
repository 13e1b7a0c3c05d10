using System.Text.Json;

namespace PerfInfra.Cdk.Settings;

/// <summary>
/// The context keys the CDK CLI handed the app (cdk.json "context", cdk.context.json and <c>-c</c>):
/// JSON in <c>CDK_CONTEXT_JSON</c>, or in the file named by <c>CDK_CONTEXT_OVERFLOW_LOCATION</c> when large.
/// CDK's own API only looks keys up one by one; the names are needed to reject a misspelt setting
/// instead of silently deploying its default.
/// </summary>
public static class CdkContextKeys
{
    public const string ContextJsonVariable = "CDK_CONTEXT_JSON";

    public const string ContextOverflowFileVariable = "CDK_CONTEXT_OVERFLOW_LOCATION";

    /// <param name="getEnvironmentVariable">Usually <see cref="Environment.GetEnvironmentVariable(string)"/>.</param>
    public static IReadOnlyList<string> FromEnvironment(Func<string, string?> getEnvironmentVariable)
    {
        var keys = new List<string>();
        if (getEnvironmentVariable(ContextJsonVariable) is { Length: > 0 } json)
        {
            keys.AddRange(KeysOf(json, ContextJsonVariable));
        }

        if (getEnvironmentVariable(ContextOverflowFileVariable) is { Length: > 0 } file)
        {
            keys.AddRange(KeysOf(File.ReadAllText(file), file));
        }

        return keys;
    }

    private static IEnumerable<string> KeysOf(string json, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.EnumerateObject().Select(p => p.Name).ToList()
                : [];
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"CDK context from {source} is not valid JSON: {e.Message}", e);
        }
    }
}
