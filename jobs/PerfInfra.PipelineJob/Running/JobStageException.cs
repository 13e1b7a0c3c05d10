namespace PerfInfra.PipelineJob.Running;

/// <summary>A failure inside a stage, with the stage's name in front of the cause. Exit code 1.</summary>
internal sealed class JobStageException(string stage, Exception inner) : Exception($"{stage} stage failed: {inner.Message}", inner)
{
    public string Stage => stage;
}
