namespace PerfInfra.Cdk.Settings;

/// <summary>Every bad cdk.json context value at once, each naming its key, the value and what is accepted.</summary>
public sealed class InvalidSettingsException(IReadOnlyList<string> errors)
    : Exception("Invalid cdk.json context (override with -c key=value or in cdk.json \"context\"):"
        + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  - " + e)))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
