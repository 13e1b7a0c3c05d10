namespace PerfInfra.Engine.Suites.Lambda;

/// <summary>
/// One invocation of a target function: its REPORT line, whether the suite asked for a new execution
/// environment (<see cref="ColdRequested"/>; whether it got one, the REPORT line says), and the error
/// type when the invocation failed (a function error or a runtime crash). A failed invocation is counted
/// as a failure, never as a sample.
/// </summary>
public sealed record LambdaInvocationResult(string Function, bool ColdRequested, LambdaReportLine? Report, string? ErrorKind = null)
{
    public bool Failed => ErrorKind is not null || Report is null;

    /// <summary>What went wrong, for the report: the error message, the runtime's last stderr lines.</summary>
    public string? ErrorDetail { get; init; }
}
