namespace PerfInfra.PipelineJob.Running;

/// <summary>A foreseen failure whose message says everything (no stack trace is printed for it). Exit code 1.</summary>
internal sealed class JobFailureException(string message) : Exception(message);
