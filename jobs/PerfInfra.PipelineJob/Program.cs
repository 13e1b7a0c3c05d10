using System.Runtime.InteropServices;
using PerfInfra.PipelineJob;

// AWS Batch stops a job with SIGTERM (cancel, timeout) and SIGKILL 30 s later: cancel the run, report, exit.
using var stop = new CancellationTokenSource();
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

return await new PipelineJobApp(JobEnvironment.FromProcess(), Console.Out, Console.Error, TimeProvider.System).RunAsync(args, stop.Token);
