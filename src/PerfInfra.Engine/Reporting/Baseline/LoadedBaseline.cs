namespace PerfInfra.Engine.Reporting.Baseline;

/// <summary>
/// A baseline report and how to name it to a reader: the file, plus the run folder it came from when it
/// was read through latest/ (whose content changes with every run, so the path alone would not say which).
/// </summary>
public sealed record LoadedBaseline(RunReport Report, string Source);
