using PerfInfra.PipelineJob.Conversion;
using PerfInfra.PipelineJob.Running;
using PerfInfra.PipelineJob.Storage;
using PerfInfra.PipelineJob.Throughput;

namespace PerfInfra.PipelineJob;

/// <summary>
/// The job's entry: picks the command, runs it, and turns every outcome into one exit code
/// (<see cref="JobExitCodes"/>) and, on failure, one error line that says what to fix.
/// </summary>
internal sealed class PipelineJobApp(JobEnvironment environment, TextWriter output, TextWriter error, TimeProvider time)
{
    public static string Usage =>
        $"usage: perfinfra-pipeline-job {PipelineThroughputCommand.Name} | {ConvertToParquetSettings.Usage}\n"
        + $"  {PipelineThroughputCommand.Name} reads {JobEnvironment.Records} (default {JobDefaults.Records}), {JobEnvironment.RunId}, "
        + $"{JobEnvironment.SourceBucket}, {JobEnvironment.DestinationBucket} and optionally {JobEnvironment.S3Endpoint}";

    private const string Commands = $"{PipelineThroughputCommand.Name} or {ConvertToParquetCommand.Name}";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var command = arguments.Count > 0 ? arguments[0] : string.Empty;
        var log = new JobLog(command.Length > 0 ? command : "perfinfra-pipeline-job", output, error);
        try
        {
            return command switch
            {
                PipelineThroughputCommand.Name => await new PipelineThroughputCommand(environment, log, time).RunAsync(arguments.Skip(1).ToList(), cancellationToken),
                ConvertToParquetCommand.Name => await new ConvertToParquetCommand(environment, log, time).RunAsync(arguments.Skip(1).ToList(), cancellationToken),
                "--help" or "-h" => Help(),
                "" => throw new JobInputException($"no command given; expected {Commands} (--help for usage)"),
                _ => throw new JobInputException($"unknown command '{command}'; expected {Commands} (--help for usage)"),
            };
        }
        catch (JobInputException e)
        {
            log.Error(e.Message);
            return JobExitCodes.InvalidInput;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            log.Error("interrupted (SIGTERM: the Batch job was cancelled or hit its timeout); the run's files may be incomplete");
            return JobExitCodes.Failed;
        }
        catch (JobStageException e)
        {
            log.Error(e.Message);
            if (e.InnerException is not (JobStorageException or JobFailureException))
            {
                // Something unforeseen: the trace is for whoever fixes the job.
                error.WriteLine(e.InnerException);
            }

            return JobExitCodes.Failed;
        }

        int Help()
        {
            output.WriteLine(Usage);
            return JobExitCodes.Succeeded;
        }
    }
}
