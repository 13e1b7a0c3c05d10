namespace PerfInfra.Engine.Reporting;

/// <summary>
/// The one-word answer of a run. Order matters: a report's verdict is the worst that applies.
/// <c>partial</c> = the run ended early (Ctrl-C, deadline) — never <c>pass</c>, whatever the numbers say.
/// </summary>
public enum Verdict
{
    Pass,
    Fail,
    Partial,
    Error,
}
