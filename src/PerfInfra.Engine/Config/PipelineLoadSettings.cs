namespace PerfInfra.Engine.Config;

/// <summary>Pipeline suite size of a profile: records pushed through DMS, Batch and the lake.</summary>
public sealed record PipelineLoadSettings(int Records);
