namespace PerfInfra.Engine.Config;

/// <summary>
/// One problem in a config file, located so a person can fix it: file, 1-based line and column, the
/// key path (<c>profiles.local.api.users</c>, or a flag such as <c>--users</c>), the offending value
/// and a message that says what is accepted. Errors in command-line flags have line and column 0
/// (they are not in a file) and print without them.
/// </summary>
public sealed record ConfigError(string File, int Line, int Column, string KeyPath, string? Value, string Message)
{
    /// <summary>
    /// <c>file:line:col: key.path: message (got 'value')</c>, the format editors and CI logs link to. Always
    /// one line: control characters of the user's text (a quoted "\r\n" in a value) are escaped, or a config
    /// could split the message and forge lines in a CI log.
    /// </summary>
    public override string ToString()
    {
        var key = KeyPath.Length == 0 ? string.Empty : KeyPath + ": ";
        var got = Value is null ? string.Empty : $" (got '{Value}')";
        var position = Line > 0 ? $":{Line}:{Column}" : string.Empty;
        return EscapeControls($"{File}{position}: {key}{Message}{got}");
    }

    private static string EscapeControls(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var escaped = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\r' => escaped.Append("\\r"),
                '\n' => escaped.Append("\\n"),
                '\t' => escaped.Append("\\t"),
                _ when char.IsControl(c) => escaped.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
