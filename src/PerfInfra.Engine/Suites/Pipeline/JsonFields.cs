using System.Globalization;
using System.Text.Json;

namespace PerfInfra.Engine.Suites.Pipeline;

/// <summary>
/// Field access for AWS responses as Step Functions returns them: names are PascalCase in SDK
/// integrations (<c>MetricDataResults</c>) but matched case-insensitively, since recorded and
/// hand-written responses vary; every error names the field's path.
/// </summary>
internal static class JsonFields
{
    public static JsonElement? Optional(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind != JsonValueKind.Null)
            {
                return property.Value;
            }
        }

        return null;
    }

    public static JsonElement Required(JsonElement element, string name, string path) =>
        Optional(element, name) ?? throw new InvalidDataException($"{path}.{name} is missing");

    public static string? OptionalString(JsonElement element, string name, string path) => Optional(element, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { } other => throw new InvalidDataException($"{path}.{name} must be a string, not {other.ValueKind}"),
    };

    public static string RequiredString(JsonElement element, string name, string path) =>
        OptionalString(element, name, path) ?? throw new InvalidDataException($"{path}.{name} is missing");

    public static JsonElement RequiredArray(JsonElement element, string name, string path)
    {
        var value = Required(element, name, path);
        return value.ValueKind == JsonValueKind.Array
            ? value
            : throw new InvalidDataException($"{path}.{name} must be an array, not {value.ValueKind}");
    }

    public static double Number(JsonElement value, string path) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble(),
        // Some integrations render large longs as strings.
        JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw new InvalidDataException($"{path} must be a number, not {value.ValueKind} {value.GetRawText()}"),
    };

    /// <summary>An epoch-milliseconds field (Batch's CreatedAt/StartedAt/StoppedAt); null when absent.</summary>
    public static DateTimeOffset? OptionalEpochMilliseconds(JsonElement element, string name, string path) =>
        Optional(element, name) is { } value ? Timestamp(value, $"{path}.{name}") : null;

    /// <summary>
    /// A timestamp as integrations render them: an ISO 8601 string (SDK integrations) or epoch
    /// milliseconds (Batch); a number below 10^11 is epoch seconds (10^11 ms is 1973, 10^11 s is year 5138).
    /// </summary>
    public static DateTimeOffset Timestamp(JsonElement value, string path)
    {
        const double EpochSecondsBelow = 1e11;
        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString();
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                return parsed;
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                throw new InvalidDataException($"{path} must be an ISO 8601 time or epoch milliseconds, not \"{text}\"");
            }
        }

        var number = Number(value, path);
        if (double.IsNaN(number) || double.IsInfinity(number) || number < 0)
        {
            throw new InvalidDataException($"{path} must be a non-negative epoch time, not {value.GetRawText()}");
        }

        try
        {
            return number < EpochSecondsBelow
                ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(number * PipelineDefaults.MillisecondsPerSecond))
                : DateTimeOffset.FromUnixTimeMilliseconds((long)number);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new InvalidDataException($"{path} is out of range as an epoch time: {value.GetRawText()}", e);
        }
    }
}
