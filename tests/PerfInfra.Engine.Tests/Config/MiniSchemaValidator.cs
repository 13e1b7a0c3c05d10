using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PerfInfra.Engine.Config.Yaml;

namespace PerfInfra.Engine.Tests.Config;

/// <summary>
/// Just enough of JSON Schema 2020-12 to check a YAML document against the generated schema
/// (type, properties, additionalProperties, required, items, minItems, anyOf, allOf/if/then, enum,
/// const, pattern, propertyNames, minimum/maximum). A test fake: the engine has no validator to test.
/// </summary>
internal static class MiniSchemaValidator
{
    public static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMapping m => new JsonObject(m.Entries.Select(e => KeyValuePair.Create(e.Key.Value, ToJson(e.Value)))),
        YamlSequence s => new JsonArray([.. s.Items.Select(ToJson)]),
        YamlScalar { IsNull: true } => null,
        YamlScalar { IsPlain: true, Value: "true" or "false" } b => JsonValue.Create(b.Value == "true"),
        YamlScalar { IsPlain: true } p when long.TryParse(p.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => JsonValue.Create(l),
        YamlScalar { IsPlain: true } p when double.TryParse(p.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
        YamlScalar s => JsonValue.Create(s.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    public static List<string> Validate(JsonNode? instance, JsonNode schema, string path = "$")
    {
        var errors = new List<string>();
        Check(instance, schema.AsObject(), path, errors);
        return errors;
    }

    private static void Check(JsonNode? instance, JsonObject schema, string path, List<string> errors)
    {
        if (schema["type"]?.GetValue<string>() is { } type && !HasType(instance, type))
        {
            errors.Add($"{path}: expected {type}");
            return;
        }

        if (schema["enum"] is JsonArray choices && !choices.Any(c => JsonNode.DeepEquals(c, instance)))
        {
            errors.Add($"{path}: not in enum");
        }

        if (schema["const"] is { } constant && !JsonNode.DeepEquals(constant, instance))
        {
            errors.Add($"{path}: not const");
        }

        if (schema["pattern"]?.GetValue<string>() is { } pattern && instance is JsonValue v && v.TryGetValue<string>(out var text) && !Regex.IsMatch(text, pattern))
        {
            errors.Add($"{path}: '{text}' does not match {pattern}");
        }

        if (instance is JsonValue number && number.TryGetValue<double>(out var n) | number.TryGetValue<long>(out var l) && !number.TryGetValue<string>(out _))
        {
            var value = number.TryGetValue<long>(out l) ? l : n;
            if (schema["minimum"] is { } min && value < min.GetValue<double>() || schema["maximum"] is { } max && value > max.GetValue<double>()
                || schema["exclusiveMinimum"] is { } emin && value <= emin.GetValue<double>())
            {
                errors.Add($"{path}: {value} out of range");
            }
        }

        if (instance is JsonObject obj)
        {
            var properties = schema["properties"] as JsonObject;
            foreach (var (key, value) in obj)
            {
                if (schema["propertyNames"] is JsonObject names)
                {
                    Check(JsonValue.Create(key), names, $"{path}.{key}(name)", errors);
                }

                if (properties?[key] is JsonObject propertySchema)
                {
                    Check(value, propertySchema, $"{path}.{key}", errors);
                }
                else if (schema["additionalProperties"] is JsonObject additional)
                {
                    Check(value, additional, $"{path}.{key}", errors);
                }
                else if (schema["additionalProperties"]?.GetValue<bool>() == false)
                {
                    errors.Add($"{path}.{key}: additional property not allowed");
                }
            }

            foreach (var required in schema["required"]?.AsArray() ?? [])
            {
                if (!obj.ContainsKey(required!.GetValue<string>()))
                {
                    errors.Add($"{path}: missing {required}");
                }
            }
        }

        if (instance is JsonArray array)
        {
            if (schema["minItems"] is { } minItems && array.Count < minItems.GetValue<int>())
            {
                errors.Add($"{path}: too few items");
            }

            if (schema["items"] is JsonObject items)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    Check(array[i], items, $"{path}[{i}]", errors);
                }
            }
        }

        if (schema["anyOf"] is JsonArray options && !options.Any(o => Validate(instance, o!, path).Count == 0))
        {
            errors.Add($"{path}: matches no anyOf option");
        }

        foreach (var part in schema["allOf"]?.AsArray() ?? [])
        {
            if (part!["if"] is JsonObject condition && Validate(instance, condition, path).Count == 0 && part["then"] is JsonObject then)
            {
                Check(instance, then, path, errors);
            }
        }
    }

    private static bool HasType(JsonNode? instance, string type) => type switch
    {
        "object" => instance is JsonObject,
        "array" => instance is JsonArray,
        "string" => instance is JsonValue s && s.TryGetValue<string>(out _),
        "integer" => instance is JsonValue i && i.TryGetValue<long>(out _),
        "number" => instance is JsonValue d && (d.TryGetValue<double>(out _) || d.TryGetValue<long>(out _)),
        "boolean" => instance is JsonValue b && b.TryGetValue<bool>(out _),
        _ => false,
    };
}
