namespace PerfInfra.Engine.Preflight;

/// <summary>
/// One check that an optimization under test is live before any load is sent: what was expected, what
/// the platform answered, and the status (<see cref="Pass"/>, <see cref="Fail"/>, or <see cref="Skipped"/>
/// with the reason it could not be checked here).
/// </summary>
public sealed record PreflightCheck(string Name, string Status, string Expected, string Actual, string? Reason = null)
{
    public const string Pass = "pass";
    public const string Fail = "fail";
    public const string Skipped = "skipped";

    public static PreflightCheck Compare(string name, string expected, string actual) =>
        expected == actual ? new(name, Pass, expected, actual) : new(name, Fail, expected, actual, $"expected {expected}, found {actual}");
}
