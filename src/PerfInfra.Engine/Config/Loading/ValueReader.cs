using System.Globalization;
using PerfInfra.Engine.Config.Schema;
using PerfInfra.Engine.Config.Yaml;
using PerfInfra.Engine.Http;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Config.Loading;

/// <summary>
/// Typed reads of config values. Each read reports a located error and returns null on bad input,
/// so loading goes on and every error of the file is reported at once.
/// </summary>
internal sealed class ValueReader(ConfigDiagnostics diagnostics)
{
    private const string ThinkTimeRangeSeparator = "..";

    public ConfigDiagnostics Diagnostics { get; } = diagnostics;

    public string? Text(MappingReader map, string key) =>
        map[key] is { } node ? Text(node, map.PathOf(key), map.ShapeOf(key) as ScalarShape) : null;

    public int? Integer(MappingReader map, string key) =>
        map[key] is { } node ? Integer(node, map.PathOf(key), (ScalarShape)map.ShapeOf(key)) : null;

    public double? Number(MappingReader map, string key) =>
        map[key] is { } node ? Number(node, map.PathOf(key), (ScalarShape)map.ShapeOf(key)) : null;

    public bool? Boolean(MappingReader map, string key) =>
        map[key] is { } node ? Boolean(node, map.PathOf(key)) : null;

    public TimeSpan? Duration(MappingReader map, string key) =>
        map[key] is { } node ? Duration(node, map.PathOf(key)) : null;

    public double? Rate(MappingReader map, string key) =>
        map[key] is { } node ? Rate(node, map.PathOf(key)) : null;

    public ThinkTime? ThinkTime(MappingReader map, string key) =>
        map[key] is { } node ? ThinkTime(node, map.PathOf(key)) : null;

    public YamlScalar? Scalar(YamlNode node, string path, string expected)
    {
        if (node is YamlScalar { IsNull: false } scalar)
        {
            return scalar;
        }

        Diagnostics.Add(node, path, $"expected {expected}; got {node.Describe()}");
        return null;
    }

    public string? Text(YamlNode node, string path, ScalarShape? shape = null)
    {
        var expected = shape?.Allowed is { } allowed ? $"one of {string.Join(", ", allowed)}" : "a text value";
        if (Scalar(node, path, expected) is not { } scalar)
        {
            return null;
        }

        if (shape?.Allowed is { } choices && !choices.Contains(scalar.Value))
        {
            Diagnostics.Add(node, path, $"expected one of {string.Join(", ", choices)}{NameSuggestion.Hint(scalar.Value, choices)}", scalar.Value);
            return null;
        }

        return scalar.Value;
    }

    public int? Integer(YamlNode node, string path, ScalarShape shape)
    {
        var expected = $"a whole number{RangeText(shape)}";
        if (Scalar(node, path, expected) is not { } scalar)
        {
            return null;
        }

        if (!scalar.IsPlain || !long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Diagnostics.Add(node, path, $"expected {expected}{QuotedHint(scalar)}", scalar.Value);
            return null;
        }

        if ((shape.Minimum is { } min && value < min) || (shape.Maximum is { } max && value > max))
        {
            Diagnostics.Add(node, path, $"out of range; expected {expected}", scalar.Value);
            return null;
        }

        return (int)value;
    }

    public double? Number(YamlNode node, string path, ScalarShape shape)
    {
        var expected = $"a number{RangeText(shape)}";
        if (Scalar(node, path, expected) is not { } scalar)
        {
            return null;
        }

        if (!scalar.IsPlain || !ConfigNumber.TryParse(scalar.Value, out var value))
        {
            Diagnostics.Add(node, path, $"expected {expected}{QuotedHint(scalar)}", scalar.Value);
            return null;
        }

        if ((shape.Minimum is { } min && value < min) || (shape.Maximum is { } max && value > max))
        {
            Diagnostics.Add(node, path, $"out of range; expected {expected}", scalar.Value);
            return null;
        }

        return value;
    }

    public bool? Boolean(YamlNode node, string path)
    {
        const string Expected = "true or false";
        if (Scalar(node, path, Expected) is not { } scalar)
        {
            return null;
        }

        if (scalar.IsPlain && scalar.Value is "true" or "True" or "TRUE")
        {
            return true;
        }

        if (scalar.IsPlain && scalar.Value is "false" or "False" or "FALSE")
        {
            return false;
        }

        Diagnostics.Add(node, path, $"expected {Expected}{QuotedHint(scalar)}", scalar.Value);
        return null;
    }

    public TimeSpan? Duration(YamlNode node, string path)
    {
        if (Scalar(node, path, $"a duration: {DurationParser.Accepted}") is not { } scalar)
        {
            return null;
        }

        if (DurationParser.TryParse(scalar.Value, out var value, out var error))
        {
            return value;
        }

        Diagnostics.Add(node, path, error, scalar.Value);
        return null;
    }

    public double? Rate(YamlNode node, string path)
    {
        if (Scalar(node, path, $"a rate: {RateParser.Accepted}") is not { } scalar)
        {
            return null;
        }

        if (RateParser.TryParse(scalar.Value, out var value, out var error))
        {
            return value;
        }

        Diagnostics.Add(node, path, error, scalar.Value);
        return null;
    }

    /// <summary>A think time: one duration (<c>2s</c>) or a uniform range (<c>1s..3s</c>).</summary>
    public ThinkTime? ThinkTime(YamlNode node, string path)
    {
        const string Expected = "a duration (2s) or a range min..max (1s..3s)";
        if (Scalar(node, path, Expected) is not { } scalar)
        {
            return null;
        }

        var parts = scalar.Value.Split(ThinkTimeRangeSeparator);
        if (parts.Length > 2)
        {
            Diagnostics.Add(node, path, $"expected {Expected}", scalar.Value);
            return null;
        }

        if (!DurationParser.TryParse(parts[0], out var min, out var error)
            || (parts.Length == 2 && !DurationParser.TryParse(parts[1], out _, out error)))
        {
            Diagnostics.Add(node, path, $"{error}; a think time is {Expected}", scalar.Value);
            return null;
        }

        var max = parts.Length == 2 ? DurationParser.Parse(parts[1]) : min;
        if (max < min)
        {
            Diagnostics.Add(node, path, $"the range's minimum is above its maximum; expected {Expected}", scalar.Value);
            return null;
        }

        return new ThinkTime(min, max);
    }

    /// <summary>
    /// A threshold list: each item an expression or a map (expr, abort_on_fail, grace), judged against
    /// the metric catalog of <paramref name="suite"/>.
    /// </summary>
    public IReadOnlyList<ThresholdDefinition> Thresholds(YamlNode node, string path, string suite, ThresholdScope scope)
    {
        if (node is not YamlSequence list)
        {
            Diagnostics.Add(node, path, $"expected a list of thresholds such as [\"p95 < 1000ms\", \"error_rate < 1%\"]; got {node.Describe()}", ConfigDiagnostics.ValueOf(node));
            return [];
        }

        var result = new List<ThresholdDefinition>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (Threshold(list.Items[i], itemPath, suite, scope) is { } definition)
            {
                result.Add(definition);
            }
        }

        return result;
    }

    private ThresholdDefinition? Threshold(YamlNode node, string path, string suite, ThresholdScope scope)
    {
        if (node is YamlMapping)
        {
            if (MappingReader.Open(node, ConfigSchema.ThresholdMap, path, node, Diagnostics) is not { } map)
            {
                return null;
            }

            var expression = map["expr"] is { } exprNode ? Expression(exprNode, map.PathOf("expr"), suite) : null;
            var abort = Boolean(map, "abort_on_fail");
            var grace = Duration(map, "grace");
            if (grace is not null && abort is not true && map.Entry("grace") is { } graceEntry)
            {
                Diagnostics.Add(graceEntry.Key, map.PathOf("grace"), "grace only applies with abort_on_fail: true; add it or remove grace");
            }

            return expression is null ? null : new ThresholdDefinition(scope, expression, abort ?? false, grace ?? TimeSpan.Zero);
        }

        return Expression(node, path, suite) is { } parsed ? new ThresholdDefinition(scope, parsed) : null;
    }

    private ThresholdExpression? Expression(YamlNode node, string path, string suite)
    {
        if (Scalar(node, path, "a threshold such as \"p95 < 1000ms\"") is not { } scalar)
        {
            return null;
        }

        try
        {
            return ThresholdParser.Parse(scalar.Value, suite);
        }
        catch (ThresholdSyntaxException e)
        {
            Diagnostics.Add(node, path, $"bad threshold: {e.Detail}", scalar.Value);
            return null;
        }
    }

    private static string RangeText(ScalarShape shape) => (shape.Minimum, shape.Maximum) switch
    {
        ({ } min, { } max) when min == max => $" equal to {min.ToString(CultureInfo.InvariantCulture)}",
        ({ } min, { } max) => $" from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}",
        ({ } min, null) when min == double.Epsilon => " above 0",
        ({ } min, null) => $" of at least {min.ToString(CultureInfo.InvariantCulture)}",
        _ => string.Empty,
    };

    private static string QuotedHint(YamlScalar scalar) => scalar.IsPlain ? string.Empty : " (remove the quotes)";
}
