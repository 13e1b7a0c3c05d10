namespace PerfInfra.LocalSuites;

/// <summary>Progress of a local suite: what it is doing, and how far (Total null when open-ended).</summary>
public readonly record struct SuiteProgress(string Suite, string Activity, long Done, long? Total);
