namespace PerfInfra.Engine.Config;

/// <summary>
/// One problem in a config file, located so a person can fix it: file, 1-based line and column, the
/// key path (<c>profiles.local.api.users</c>, or a flag such as <c>--users</c>), the offending value
/// and a message that says what is accepted. Errors in command-line flags have line and column 0
/// (they are not in a file) and print without them.
/// </summary>
public sealed record ConfigError(string File, int Line, int Column, string KeyPath, string? Value, string Message)
{
    /// <summary><c>file:line:col: key.path: message (got 'value')</c>, the format editors and CI logs link to.</summary>
    public override string ToString()
    {
        var key = KeyPath.Length == 0 ? string.Empty : KeyPath + ": ";
        var got = Value is null ? string.Empty : $" (got '{Value}')";
        var position = Line > 0 ? $":{Line}:{Column}" : string.Empty;
        return $"{File}{position}: {key}{Message}{got}";
    }
}
