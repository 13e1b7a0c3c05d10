using System.Text.Json.Nodes;
using PerfInfra.Engine.Config;
using PerfInfra.Engine.Config.Yaml;

namespace PerfInfra.Engine.Tests.Config;

public sealed class ConfigJsonSchemaTests
{
    private static JsonNode CreateSut() => JsonNode.Parse(ConfigJsonSchema.Generate())!;

    [Fact]
    public void Generate_Header_IsDraft202012()
    {
        var schema = CreateSut();

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema["$schema"]!.GetValue<string>());
        Assert.Equal("object", schema["type"]!.GetValue<string>());
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
    }

    [Fact]
    public void Generate_DefaultConfig_ValidatesWithoutErrors()
    {
        var errors = MiniSchemaValidator.Validate(DefaultConfigJson(), CreateSut());

        Assert.Empty(errors);
    }

    [Fact]
    public void Generate_EveryKeyOfDefaultConfig_HasADescribedProperty()
    {
        var schema = CreateSut();
        var missing = new List<string>();

        Walk(DefaultConfigJson(), schema, "$", missing);

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("target", "timout", "10s")]
    [InlineData("safety", "max_user", "5")]
    public void Generate_UnknownKey_IsRejected(string section, string key, string value)
    {
        var config = DefaultConfigJson();
        config[section]![key] = value;

        var errors = MiniSchemaValidator.Validate(config, CreateSut());

        Assert.Contains($"$.{section}.{key}: additional property not allowed", errors);
    }

    [Fact]
    public void Generate_ModelConditions_RejectKeyOfOtherModel()
    {
        var config = DefaultConfigJson();
        config["profiles"]!["local"]!["api"]!["rate"] = "5/s";

        var errors = MiniSchemaValidator.Validate(config, CreateSut());

        Assert.Contains(errors, e => e.StartsWith("$.profiles.local.api.rate(name)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("5 minutes")]
    [InlineData("5")]
    public void Generate_DurationPattern_RejectsWhatTheParserRejects(string duration)
    {
        var config = DefaultConfigJson();
        config["target"]!["timeout"] = duration;

        Assert.NotEmpty(MiniSchemaValidator.Validate(config, CreateSut()));
        Assert.False(DurationParser.TryParse(duration, out _));
    }

    [Fact]
    public void Generate_UsersAboveCeiling_IsRejected()
    {
        var config = DefaultConfigJson();
        config["profiles"]!["full"]!["api"]!["users"] = 6000L;

        Assert.Contains("$.profiles.full.api.users: 6000 out of range", MiniSchemaValidator.Validate(config, CreateSut()));
    }

    private static JsonNode DefaultConfigJson()
    {
        var root = YamlTreeReader.Read(ConfigLoader.DefaultConfigText(), "default", out var error);
        Assert.Null(error);
        return MiniSchemaValidator.ToJson(root!)!;
    }

    // Follows the instance through properties / additionalProperties / items / anyOf and records any key with no described schema.
    private static void Walk(JsonNode? instance, JsonNode schema, string path, List<string> missing)
    {
        if (schema["anyOf"] is JsonArray options)
        {
            var option = options.FirstOrDefault(o => MiniSchemaValidator.Validate(instance, o!).Count == 0) ?? options[0]!;
            Walk(instance, option!, path, missing);
            return;
        }

        // A schema with no type is free-form (a JSON body): its keys are the user's, not the config's.
        if (schema["type"] is null)
        {
            return;
        }

        switch (instance)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    var property = schema["properties"]?[key] ?? (schema["additionalProperties"] as JsonObject);
                    if (property is null)
                    {
                        missing.Add($"{path}.{key}");
                        continue;
                    }

                    if (schema["properties"]?[key] is { } described && described["description"] is null)
                    {
                        missing.Add($"{path}.{key} (no description)");
                    }

                    Walk(value, property, $"{path}.{key}", missing);
                }

                break;
            case JsonArray array when schema["items"] is { } items:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], items, $"{path}[{i}]", missing);
                }

                break;
        }
    }
}
