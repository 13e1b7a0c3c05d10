using PerfInfra.Engine.Preflight;

namespace PerfInfra.Lambdas.Contracts;

/// <summary>
/// The preflight as the plan step judged it: the mode, one check per optimization the requested suites
/// depend on, and <see cref="Blocks"/> — true when a check failed in mode fail, which makes the state
/// machine skip every suite (no load is sent) and the report's verdict fail with <see cref="Reason"/>.
/// </summary>
internal sealed record PlanPreflight(string Mode, IReadOnlyList<PreflightCheck> Checks, bool Blocks, string? Reason = null)
{
    public PreflightResult? ToResult() =>
        PreflightModeNames.TryParse(Mode, out var mode) && mode != PreflightMode.Off ? new PreflightResult(mode, Checks) : null;
}
