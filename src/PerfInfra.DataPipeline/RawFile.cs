namespace PerfInfra.DataPipeline;

/// <summary>One landed raw file and the rows it holds.</summary>
public sealed record RawFile(string Path, long Records);
