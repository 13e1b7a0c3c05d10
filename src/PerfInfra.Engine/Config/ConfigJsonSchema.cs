using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PerfInfra.Engine.Config.Schema;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Config;

/// <summary>
/// A JSON Schema (draft 2020-12) of load-test-config.yaml for editors (<c>perf schema</c>). It is
/// rendered from the same key tables the loader validates with, so the two cannot disagree on key
/// names; every mapping has <c>additionalProperties: false</c>, as the loader rejects unknown keys.
/// </summary>
public static class ConfigJsonSchema
{
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    public const string Id = "urn:perfinfra:load-test-config:v1";

    // One number as the config writes it: unsigned, optional fraction and exponent.
    private const string NumberPattern = @"[0-9]*\.?[0-9]+([eE][+-]?[0-9]+)?";
    private const string DurationPattern = "(" + NumberPattern + "(h|m|s|ms|us|µs))+";

    public static string Generate()
    {
        var root = Render(ConfigSchema.Root);
        var ordered = new JsonObject
        {
            ["$schema"] = Draft,
            ["$id"] = Id,
            ["title"] = "PerfInfra load-test configuration",
        };
        foreach (var (key, value) in root.AsObject().ToList())
        {
            root.AsObject().Remove(key);
            ordered[key] = value;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            ordered.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static JsonNode Render(ConfigShape shape) => shape switch
    {
        MapShape map => RenderMap(map),
        DictionaryShape dictionary => new JsonObject
        {
            ["type"] = "object",
            ["description"] = dictionary.Description,
            ["propertyNames"] = new JsonObject { ["pattern"] = dictionary.KeyPattern },
            ["additionalProperties"] = Render(dictionary.Values),
        },
        ListShape list => RenderList(list),
        ChoiceShape choice => new JsonObject
        {
            ["description"] = choice.Description,
            ["anyOf"] = new JsonArray([.. choice.Options.Select(Render)]),
        },
        ScalarShape scalar => RenderScalar(scalar),
        _ => new JsonObject { ["description"] = shape.Description },
    };

    private static JsonObject RenderMap(MapShape map)
    {
        var properties = new JsonObject();
        foreach (var key in map.Keys)
        {
            properties[key.Name] = Render(key.Shape);
        }

        var node = new JsonObject
        {
            ["type"] = "object",
            ["description"] = map.Description,
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
        var required = map.Keys.Where(k => k.Required).Select(k => (JsonNode)k.Name).ToArray();
        if (required.Length > 0)
        {
            node["required"] = new JsonArray(required);
        }

        if (ReferenceEquals(map, ConfigSchema.ApiProfile))
        {
            node["allOf"] = ModelConditions();
        }

        return node;
    }

    /// <summary>Which keys each load model takes and needs, from the loader's own tables.</summary>
    private static JsonArray ModelConditions()
    {
        var conditions = new JsonArray();
        foreach (var model in ConfigSchema.Models)
        {
            conditions.Add((JsonNode)new JsonObject
            {
                ["if"] = new JsonObject
                {
                    ["properties"] = new JsonObject { ["model"] = new JsonObject { ["const"] = model } },
                    ["required"] = new JsonArray("model"),
                },
                ["then"] = new JsonObject
                {
                    ["required"] = new JsonArray([.. ConfigSchema.ModelRequiredKeys[model].Select(k => (JsonNode)k)]),
                    ["propertyNames"] = new JsonObject { ["enum"] = new JsonArray([.. ConfigSchema.ModelKeys[model].Select(k => (JsonNode)k)]) },
                },
            });
        }

        return conditions;
    }

    private static JsonObject RenderList(ListShape list)
    {
        var node = new JsonObject
        {
            ["type"] = "array",
            ["description"] = list.Description,
            ["items"] = Render(list.Items),
        };
        if (list.MinItems > 0)
        {
            node["minItems"] = list.MinItems;
        }

        return node;
    }

    private static JsonObject RenderScalar(ScalarShape scalar)
    {
        var node = new JsonObject();
        switch (scalar.Kind)
        {
            case ScalarKind.Integer:
                node["type"] = "integer";
                AddRange(node, scalar);
                break;
            case ScalarKind.Number:
                node["type"] = "number";
                AddRange(node, scalar);
                break;
            case ScalarKind.Boolean:
                node["type"] = "boolean";
                break;
            case ScalarKind.Duration:
                node["type"] = "string";
                node["pattern"] = $"^{DurationPattern}$";
                break;
            case ScalarKind.ThinkTime:
                node["type"] = "string";
                node["pattern"] = $"^{DurationPattern}(\\.\\.{DurationPattern})?$";
                break;
            case ScalarKind.Rate:
                node["type"] = "string";
                node["pattern"] = $"^{NumberPattern}/(s|m|h)$";
                break;
            case ScalarKind.Threshold:
                node["type"] = "string";
                node["minLength"] = 1;
                node["maxLength"] = ThresholdParser.MaxLength;
                node["pattern"] = "^[^<>]+(<|<=|>|>=)[^<>=]+$";
                break;
            case ScalarKind.BaseUrl:
                node["type"] = "string";
                node["pattern"] = $"^({ConfigSchema.DemoTarget}|https?://[^\\s?#]+)$";
                break;
            case ScalarKind.Path:
                node["type"] = "string";
                node["pattern"] = "^/[^\\s#]*$";
                break;
            case ScalarKind.Host:
                node["type"] = "string";
                node["pattern"] = "^[^\\s/*]+$";
                break;
            default:
                node["type"] = "string";
                if (scalar.Allowed is { } allowed)
                {
                    node["enum"] = new JsonArray([.. allowed.Select(a => (JsonNode)a)]);
                }

                break;
        }

        node["description"] = scalar.Kind == ScalarKind.Threshold ? $"{scalar.Description} {MetricsDescription()}" : scalar.Description;
        return node;
    }

    private static void AddRange(JsonObject node, ScalarShape scalar)
    {
        if (scalar.Minimum is { } min)
        {
            // double.Epsilon stands for "above zero" in the key tables.
            if (min == double.Epsilon)
            {
                node["exclusiveMinimum"] = 0;
            }
            else
            {
                node["minimum"] = min;
            }
        }

        if (scalar.Maximum is { } max)
        {
            node["maximum"] = max;
        }
    }

    private static string MetricsDescription() =>
        "Metrics: " + string.Join("; ", MetricCatalog.Suites.Select(suite =>
            $"{suite}: {string.Join(", ", MetricCatalog.SeriesOf(suite).Select(s => s.Name))}"))
        + ". Aggregations: avg, min, med, max, count, p(N)/pN.";
}
