using PerfInfra.Engine.Config.Yaml;

namespace PerfInfra.Engine.Config.Loading;

/// <summary>Collects every error of one load, so the user fixes them all in one pass.</summary>
internal sealed class ConfigDiagnostics(string file)
{
    // Long values are cut in messages: the position already says where the rest is.
    private const int MaxShownValueLength = 80;

    private readonly List<ConfigError> _errors = [];

    public string File { get; } = file;

    public IReadOnlyList<ConfigError> Errors => _errors;

    public bool HasErrors => _errors.Count > 0;

    public void Add(YamlNode node, string keyPath, string message, string? value = null) =>
        Add(node.Line, node.Column, keyPath, message, value);

    public void Add(int line, int column, string keyPath, string message, string? value = null) =>
        _errors.Add(new ConfigError(File, line, column, keyPath, Shorten(value), message));

    /// <summary>The bad value of a node for the error's "(got '…')": scalars only.</summary>
    public static string? ValueOf(YamlNode node) => node is YamlScalar { IsNull: false } s ? s.Value : null;

    private static string? Shorten(string? value) =>
        value is { Length: > MaxShownValueLength } ? value[..MaxShownValueLength] + "…" : value;
}
