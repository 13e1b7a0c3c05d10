using PerfInfra.Engine.Preflight;

namespace PerfInfra.Engine.Reporting;

/// <summary>The preflight section of report.json: the mode (fail, warn, off) and every check.</summary>
public sealed record PreflightReport(string Mode, IReadOnlyList<PreflightCheck> Checks);
