namespace PerfInfra.PipelineJob.Running;

/// <summary>
/// Runs a command's stages in a scratch folder that is always removed, timing them; a failure is rethrown
/// naming the stage it happened in (<see cref="JobStageException"/>), cancellation as it is.
/// </summary>
internal static class JobWorkspace
{
    public static async Task<int> RunAsync(string folderPrefix, TimeProvider time, Func<string, StageTimings, Task<int>> stages)
    {
        var work = Directory.CreateTempSubdirectory(folderPrefix);
        var timings = new StageTimings(time);
        try
        {
            return await stages(work.FullName, timings);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new JobStageException(timings.Current, e);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
