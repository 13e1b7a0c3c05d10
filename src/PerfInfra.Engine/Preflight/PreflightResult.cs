namespace PerfInfra.Engine.Preflight;

/// <summary>The checks of one run and the mode that judges them.</summary>
public sealed record PreflightResult(PreflightMode Mode, IReadOnlyList<PreflightCheck> Checks)
{
    public IReadOnlyList<PreflightCheck> Failed => Checks.Where(c => c.Status == PreflightCheck.Fail).ToList();

    /// <summary>True when a check failed and the mode says that stops the run and fails the verdict.</summary>
    public bool Blocks => Mode == PreflightMode.Fail && Failed.Count > 0;

    public string Describe() => string.Join("; ", Failed.Select(c => $"{c.Name}: {c.Reason}"));
}
