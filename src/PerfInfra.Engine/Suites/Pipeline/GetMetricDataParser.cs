using System.Text.Json;

namespace PerfInfra.Engine.Suites.Pipeline;

/// <summary>
/// Parses a CloudWatch GetMetricData response as the state machine's
/// <c>aws-sdk:cloudwatch:getMetricData</c> integration returns it (PascalCase: <c>MetricDataResults[].Id,
/// Label, Timestamps, Values, StatusCode</c>). Throws <see cref="InvalidDataException"/> naming the field
/// when the document is not such a response.
/// </summary>
public static class GetMetricDataParser
{
    private const string Root = "GetMetricData";

    public static IReadOnlyList<MetricDataResult> Parse(JsonElement response)
    {
        if (response.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{Root} must be an object, not {response.ValueKind}");
        }

        var results = JsonFields.RequiredArray(response, "MetricDataResults", Root);
        var parsed = new List<MetricDataResult>(results.GetArrayLength());
        var index = 0;
        foreach (var result in results.EnumerateArray())
        {
            parsed.Add(ParseResult(result, $"{Root}.MetricDataResults[{index++}]"));
        }

        return parsed;
    }

    private static MetricDataResult ParseResult(JsonElement result, string path)
    {
        var id = JsonFields.RequiredString(result, "Id", path);
        var timestamps = JsonFields.Optional(result, "Timestamps") is { } t ? Array(t, path + ".Timestamps", JsonFields.Timestamp) : [];
        var values = JsonFields.Optional(result, "Values") is { } v ? Array(v, path + ".Values", JsonFields.Number) : [];
        if (timestamps.Count != values.Count)
        {
            throw new InvalidDataException($"{path} has {timestamps.Count} timestamps but {values.Count} values; GetMetricData pairs them one to one");
        }

        return new MetricDataResult(
            id,
            JsonFields.OptionalString(result, "Label", path),
            timestamps,
            values,
            JsonFields.OptionalString(result, "StatusCode", path) ?? MetricDataResult.Complete);
    }

    private static List<T> Array<T>(JsonElement array, string path, Func<JsonElement, string, T> read)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{path} must be an array, not {array.ValueKind}");
        }

        var items = new List<T>(array.GetArrayLength());
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            items.Add(read(item, $"{path}[{index++}]"));
        }

        return items;
    }
}
