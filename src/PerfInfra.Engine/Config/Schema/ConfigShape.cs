namespace PerfInfra.Engine.Config.Schema;

/// <summary>
/// The declared shape of a config node. The loader validates key names, required keys and numeric
/// ranges against these shapes, and <see cref="ConfigJsonSchema"/> renders the same shapes as JSON
/// Schema — one source of truth for what the file may contain.
/// </summary>
internal abstract record ConfigShape(string Description);

/// <summary>The text syntaxes a scalar may have.</summary>
internal enum ScalarKind
{
    Text,
    Integer,
    Number,
    Boolean,
    Duration,
    ThinkTime,
    Rate,
    Threshold,
    BaseUrl,
    Path,
    Host,
}

internal sealed record ScalarShape(
    ScalarKind Kind,
    string Description,
    double? Minimum = null,
    double? Maximum = null,
    IReadOnlyList<string>? Allowed = null) : ConfigShape(Description);

/// <summary>A mapping with a fixed set of keys; any other key is an error.</summary>
internal sealed record MapShape(string Description, IReadOnlyList<ConfigKey> Keys) : ConfigShape(Description)
{
    public ConfigKey? Find(string name)
    {
        foreach (var key in Keys)
        {
            if (key.Name == name)
            {
                return key;
            }
        }

        return null;
    }

    public IEnumerable<string> Names => Keys.Select(k => k.Name);
}

/// <summary>A mapping whose keys the user names (profiles, query classes, headers).</summary>
internal sealed record DictionaryShape(string Description, ConfigShape Values, string KeyPattern) : ConfigShape(Description);

internal sealed record ListShape(string Description, ConfigShape Items, int MinItems = 0) : ConfigShape(Description);

/// <summary>Any one of several shapes (a threshold is a string or a map).</summary>
internal sealed record ChoiceShape(string Description, IReadOnlyList<ConfigShape> Options) : ConfigShape(Description);

/// <summary>Free-form YAML, passed through (a JSON request body).</summary>
internal sealed record AnyShape(string Description) : ConfigShape(Description);

internal sealed record ConfigKey(string Name, ConfigShape Shape, bool Required = false);
