using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PerfInfra.Engine.Config.Yaml;

/// <summary>
/// Reads one YAML document into a <see cref="YamlNode"/> tree, or returns the single error that makes
/// the text unreadable (syntax, aliases/anchors, several documents, nesting too deep, not a mapping).
/// </summary>
internal static class YamlTreeReader
{
    public static YamlMapping? Read(string text, string file, out ConfigError? error)
    {
        error = null;
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                error = Error(file, 1, 1, ConfigLoaderMessages.Empty);
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, file, depth: 0, ref error);
            if (error is not null || root is null)
            {
                return null;
            }

            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                error = Error(file, second.Start, "the file holds more than one YAML document (---); keep one");
                return null;
            }

            if (root is YamlScalar { IsNull: true })
            {
                error = Error(file, 1, 1, ConfigLoaderMessages.Empty);
                return null;
            }

            if (root is not YamlMapping mapping)
            {
                error = Error(file, root.Line, root.Column, $"the file holds {root.Describe()}; expected a mapping with keys version, default_profile, target, profiles, suites");
                return null;
            }

            return mapping;
        }
        catch (YamlException e)
        {
            error = Error(file, e.Start, $"YAML syntax error: {Clean(e.Message)}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner throws these on some malformed input instead of a YamlException
            // (found by the property tests); it is still a syntax error of the user's file.
            var near = parser.Current?.Start ?? Mark.Empty;
            error = Error(file, near, $"YAML syntax error near here: the parser gave up ({e.Message}); check quoting, brackets and indentation");
            return null;
        }
    }

    private static YamlNode? ReadNode(IParser parser, string file, int depth, ref ConfigError? error)
    {
        if (depth > ConfigValueDefaults.MaxNestingDepth)
        {
            var current = parser.Current!;
            error = Error(file, current.Start, $"nesting deeper than {ConfigValueDefaults.MaxNestingDepth} levels; a load-test config never needs that");
            return null;
        }

        var evt = parser.Current;
        if (evt is AnchorAlias alias)
        {
            error = Error(file, alias.Start,
                $"YAML aliases (*{alias.Value}) are not allowed: they can expand exponentially (an alias bomb); repeat the value instead");
            return null;
        }

        if (evt is NodeEvent { Anchor.IsEmpty: false } anchored)
        {
            error = Error(file, anchored.Start,
                $"YAML anchors (&{anchored.Anchor.Value}) are not allowed (aliases can expand exponentially); repeat the value instead");
            return null;
        }

        var line = (int)evt!.Start.Line;
        var column = (int)evt.Start.Column;
        switch (evt)
        {
            case Scalar scalar:
                parser.MoveNext();
                return new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, line, column);

            case SequenceStart:
            {
                parser.MoveNext();
                var items = new List<YamlNode>();
                while (!parser.Accept<SequenceEnd>(out _))
                {
                    var item = ReadNode(parser, file, depth + 1, ref error);
                    if (item is null)
                    {
                        return null;
                    }

                    items.Add(item);
                }

                parser.MoveNext();
                return new YamlSequence(items, line, column);
            }

            case MappingStart:
            {
                parser.MoveNext();
                var entries = new List<YamlEntry>();
                while (!parser.Accept<MappingEnd>(out _))
                {
                    var keyEvent = parser.Current!;
                    var key = ReadNode(parser, file, depth + 1, ref error);
                    if (key is null)
                    {
                        return null;
                    }

                    if (key is not YamlScalar keyScalar)
                    {
                        error = Error(file, keyEvent.Start, $"a key must be plain text, not {key.Describe()}");
                        return null;
                    }

                    var value = ReadNode(parser, file, depth + 1, ref error);
                    if (value is null)
                    {
                        return null;
                    }

                    entries.Add(new YamlEntry(keyScalar, value));
                }

                parser.MoveNext();
                return new YamlMapping(entries, line, column);
            }

            default:
                error = Error(file, evt.Start, $"unexpected YAML element {evt.GetType().Name}");
                return null;
        }
    }

    private static ConfigError Error(string file, Mark mark, string message) =>
        Error(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column), message);

    private static ConfigError Error(string file, int line, int column, string message) =>
        new(file, line, column, string.Empty, null, message);

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (...): "; our error already has the position.
    private static string Clean(string message)
    {
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0 ? message[(marker + 3)..] : message;
    }
}
