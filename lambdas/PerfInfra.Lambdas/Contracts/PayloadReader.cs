using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace PerfInfra.Lambdas.Contracts;

/// <summary>
/// Reads a handler's JSON payload into its contract, or throws one <see cref="InvalidPayloadException"/>
/// that names the document, the field (as a JSONPath) and what is accepted: too large, not JSON, not an
/// object, a value of the wrong type, or a contract check (<paramref name="problems"/>) that failed.
/// The deserializer's own text (type names, byte offsets) never reaches the message.
/// </summary>
internal static partial class PayloadReader
{
    private const int BytesPerKilobyte = 1024;

    public static T Read<T>(string payload, JsonTypeInfo<T> type, string document, int maxBytes, Func<T, IEnumerable<string>> problems)
        where T : class =>
        Read(Parse(payload, document, maxBytes), type, document, problems);

    /// <summary>Like <see cref="Read{T}(string, JsonTypeInfo{T}, string, int, Func{T, IEnumerable{string}})"/> on an already <see cref="Parse"/>d payload.</summary>
    public static T Read<T>(JsonElement root, JsonTypeInfo<T> type, string document, Func<T, IEnumerable<string>> problems)
        where T : class
    {
        T value;
        try
        {
            value = JsonSerializer.Deserialize(root, type)!;
        }
        catch (JsonException e)
        {
            throw new InvalidPayloadException(document, [WrongType(root, type, e)]);
        }

        var found = problems(value).ToList();
        return found.Count == 0 ? value : throw new InvalidPayloadException(document, found);
    }

    /// <summary>The payload as a JSON object; size, syntax and the root's kind checked.</summary>
    public static JsonElement Parse(string payload, string document, int maxBytes)
    {
        var bytes = Encoding.UTF8.GetByteCount(payload);
        if (bytes > maxBytes)
        {
            throw new InvalidPayloadException(document, [$"{bytes} bytes, above the {maxBytes / BytesPerKilobyte} KB this step accepts"]);
        }

        JsonElement root;
        try
        {
            using var json = JsonDocument.Parse(payload);
            root = json.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new InvalidPayloadException(document,
                [$"not valid JSON (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}); expected a JSON object"]);
        }

        return root.ValueKind == JsonValueKind.Object
            ? root
            : throw new InvalidPayloadException(document, [$"expected a JSON object, got {Describe(root)}"]);
    }

    /// <summary>"a string (\"lots\")", "an array", "null": what the user sent, shortened.</summary>
    public static string Describe(JsonElement value)
    {
        const int MaxShown = 40;
        return value.ValueKind switch
        {
            JsonValueKind.String => $"a string (\"{Shorten(value.GetString()!, MaxShown)}\")",
            JsonValueKind.Number => $"the number {Shorten(value.GetRawText(), MaxShown)}",
            JsonValueKind.True or JsonValueKind.False => $"{value.GetRawText()}",
            JsonValueKind.Array => "an array",
            JsonValueKind.Object => "an object",
            _ => "null",
        };
    }

    public static string Shorten(string text, int max) => text.Length <= max ? text : text[..max] + "…";

    private static string WrongType<T>(JsonElement root, JsonTypeInfo<T> type, JsonException e)
    {
        var path = e.Path ?? "$";
        var expected = FieldType(type, path) is { } field ? Expected(field) : "a value of the field's type";
        var got = Find(root, path) is { } value ? Describe(value) : "something else";
        return $"{path.TrimStart('$', '.')}: expected {expected}, got {got}";
    }

    /// <summary>
    /// The CLR type of the field at <paramref name="path"/>, walked through the contract's (source-generated)
    /// metadata: the deserializer's message names the enclosing record, not the field.
    /// </summary>
    private static Type? FieldType(JsonTypeInfo root, string path)
    {
        JsonTypeInfo? current = root;
        foreach (Match part in PathPart().Matches(path))
        {
            if (current is null)
            {
                return null;
            }

            Type? next = part.Groups["index"].Success
                ? current.ElementType
                : current.Properties.FirstOrDefault(p => string.Equals(p.Name, part.Groups["name"].Value, StringComparison.OrdinalIgnoreCase))?.PropertyType;
            current = next is null ? null : current.Options.GetTypeInfo(next);
        }

        return current?.Type;
    }

    private static string Expected(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(int) || t == typeof(long) => "a whole number",
        var t when t == typeof(double) => "a number",
        var t when t == typeof(bool) => "true or false",
        var t when t == typeof(string) => "a string",
        var t when t.IsAssignableTo(typeof(System.Collections.IDictionary)) || t.Name.Contains("Dictionary", StringComparison.Ordinal) => "an object",
        var t when t.IsAssignableTo(typeof(System.Collections.IEnumerable)) => "an array",
        _ => "an object",
    };

    /// <summary>The element at a simple JSONPath ($.a.b[2]) as System.Text.Json reports it, or null.</summary>
    private static JsonElement? Find(JsonElement root, string path)
    {
        var current = root;
        foreach (Match part in PathPart().Matches(path))
        {
            if (part.Groups["name"].Success && current.ValueKind == JsonValueKind.Object && current.TryGetProperty(part.Groups["name"].Value, out var child))
            {
                current = child;
            }
            else if (part.Groups["index"].Success && current.ValueKind == JsonValueKind.Array
                && int.TryParse(part.Groups["index"].Value, out var i) && i < current.GetArrayLength())
            {
                current = current[i];
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    [GeneratedRegex(@"\.(?<name>[A-Za-z0-9_]+)|\[(?<index>\d+)\]|\['(?<name>[^']+)'\]", RegexOptions.CultureInvariant)]
    private static partial Regex PathPart();
}
