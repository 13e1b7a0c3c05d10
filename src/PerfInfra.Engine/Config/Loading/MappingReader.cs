using PerfInfra.Engine.Config.Schema;
using PerfInfra.Engine.Config.Yaml;

namespace PerfInfra.Engine.Config.Loading;

/// <summary>
/// One mapping of the config checked against its <see cref="MapShape"/>: unknown keys (with a "did you
/// mean"), duplicate keys and missing required keys are reported when it is opened; values are then
/// fetched by key name. Asking for a key the shape does not declare is a bug, so it throws.
/// </summary>
internal sealed class MappingReader
{
    private readonly Dictionary<string, YamlEntry> _entries = new(StringComparer.Ordinal);

    private MappingReader(YamlMapping node, MapShape shape, string path)
    {
        Node = node;
        Shape = shape;
        Path = path;
    }

    public YamlMapping Node { get; }

    public MapShape Shape { get; }

    public string Path { get; }

    public IEnumerable<string> PresentKeys => _entries.Keys;

    /// <summary>
    /// Opens <paramref name="node"/> as a mapping of <paramref name="shape"/>, or reports why it is not one.
    /// <paramref name="owner"/> is where a missing required key is reported: the key that holds this mapping.
    /// </summary>
    public static MappingReader? Open(YamlNode node, MapShape shape, string path, YamlNode owner, ConfigDiagnostics diagnostics)
    {
        if (node is not YamlMapping mapping)
        {
            diagnostics.Add(node, path, $"expected a mapping with keys {string.Join(", ", shape.Names)}; got {node.Describe()}", ConfigDiagnostics.ValueOf(node));
            return null;
        }

        var reader = new MappingReader(mapping, shape, path);
        foreach (var entry in mapping.Entries)
        {
            var name = entry.Key.Value;
            var keyPath = Join(path, name);
            if (shape.Find(name) is null)
            {
                diagnostics.Add(entry.Key, keyPath,
                    $"unknown key '{name}'{NameSuggestion.Hint(name, shape.Names)} (expected one of {string.Join(", ", shape.Names)})");
                continue;
            }

            if (!reader._entries.TryAdd(name, entry))
            {
                var first = reader._entries[name].Key;
                diagnostics.Add(entry.Key, keyPath, $"duplicate key '{name}' (first at line {first.Line}); keep one");
            }
        }

        foreach (var key in shape.Keys.Where(k => k.Required && !reader._entries.ContainsKey(k.Name)))
        {
            diagnostics.Add(owner, Join(path, key.Name), $"missing required key '{key.Name}': {key.Shape.Description}");
        }

        return reader;
    }

    /// <summary>The value of <paramref name="key"/>, or null when absent.</summary>
    public YamlNode? this[string key] => Entry(key)?.Value;

    public YamlEntry? Entry(string key)
    {
        if (Shape.Find(key) is null)
        {
            throw new InvalidOperationException($"'{key}' is not declared in the schema of '{Path}'");
        }

        return _entries.TryGetValue(key, out var entry) ? entry : null;
    }

    public ConfigShape ShapeOf(string key) =>
        Shape.Find(key)?.Shape ?? throw new InvalidOperationException($"'{key}' is not declared in the schema of '{Path}'");

    public string PathOf(string key) => Join(Path, key);

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
