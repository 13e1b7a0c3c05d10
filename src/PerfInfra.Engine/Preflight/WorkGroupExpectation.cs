namespace PerfInfra.Engine.Preflight;

/// <summary>An Athena workgroup that must be ENABLED and enforce its settings, with this per-query scan cutoff.</summary>
public sealed record WorkGroupExpectation(string Name, long BytesScannedCutoffPerQuery);
