using System.Diagnostics;

namespace PerfInfra.PipelineJob.Tests.Support;

/// <summary>Runs the job in process (through <see cref="PipelineJobApp"/>) or as the binary AWS Batch runs.</summary>
internal static class JobRunner
{
    /// <summary>build.sh publishes the job as its Dockerfile does and points this at the binary.</summary>
    public const string PublishedBinaryVariable = "PERF_PIPELINE_JOB";

    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(3);

    public static async Task<JobRun> RunInProcessAsync(IReadOnlyDictionary<string, string?> environment, TimeProvider? time, params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var app = new PipelineJobApp(new JobEnvironment(name => environment.GetValueOrDefault(name)), output, error, time ?? TimeProvider.System);
        var exit = await app.RunAsync(arguments, CancellationToken.None);
        return new JobRun(exit, output.ToString(), error.ToString());
    }

    /// <summary>The published binary when build.sh made one, else the job's own build output (same configuration as these tests).</summary>
    public static string Binary()
    {
        if (Environment.GetEnvironmentVariable(PublishedBinaryVariable) is { Length: > 0 } published)
        {
            return published;
        }

        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        return RepositoryRoot.Resolve(Path.Combine("jobs", "PerfInfra.PipelineJob", "bin", configuration, "net10.0", "perfinfra-pipeline-job"));
    }

    public static async Task<JobRun> RunProcessAsync(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(Binary()) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ProcessTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} did not exit within {ProcessTimeout}");
        }

        return new JobRun(process.ExitCode, await output, await error);
    }
}
