namespace PerfInfra.Engine.Config.Yaml;

/// <summary>
/// A minimal YAML tree with 1-based positions on every node, built from YamlDotNet's event parser.
/// Small and ours so that anchors/aliases are refused before anything is expanded and duplicate keys
/// are reported instead of thrown.
/// </summary>
internal abstract record YamlNode(int Line, int Column)
{
    /// <summary>How the node reads in an error message ("a mapping", "a list", "the text 'x'").</summary>
    public abstract string Describe();
}

/// <summary>A scalar. <see cref="IsPlain"/> is false for quoted or block text, which is never a number, bool or null.</summary>
internal sealed record YamlScalar(string Value, bool IsPlain, int Line, int Column) : YamlNode(Line, Column)
{
    /// <summary>An empty value (<c>key:</c>), <c>~</c> or <c>null</c> written without quotes.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "an empty value" : $"the value '{Value}'";
}

internal sealed record YamlEntry(YamlScalar Key, YamlNode Value);

internal sealed record YamlMapping(IReadOnlyList<YamlEntry> Entries, int Line, int Column) : YamlNode(Line, Column)
{
    public override string Describe() => "a mapping";
}

internal sealed record YamlSequence(IReadOnlyList<YamlNode> Items, int Line, int Column) : YamlNode(Line, Column)
{
    public override string Describe() => "a list";
}
