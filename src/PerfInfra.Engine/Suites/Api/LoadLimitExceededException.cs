namespace PerfInfra.Engine.Suites.Api;

/// <summary>The planned load exceeds the run's safety caps; nothing was sent.</summary>
public sealed class LoadLimitExceededException(IReadOnlyList<string> violations)
    : Exception("the planned load exceeds the safety limits: " + string.Join("; ", violations))
{
    /// <summary>Each cap that was exceeded, with the value, the cap and where to change it.</summary>
    public IReadOnlyList<string> Violations { get; } = violations;
}
