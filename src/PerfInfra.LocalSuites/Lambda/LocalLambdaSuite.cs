using System.Globalization;
using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Suites.Lambda;
using PerfInfra.Engine.Suites.Measurements;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.LocalSuites.Lambda;

/// <summary>
/// The Lambda suite on this machine: the project's own Native AOT <c>bootstrap</c> under a local Runtime
/// API. Each cold start is a new process (init = process start → first <c>/next</c>); the warm
/// invocations reuse the last cold start's process, as Lambda reuses an execution environment; memory is
/// the process's peak RSS ÷ the function's configured memory size. Every invocation becomes a REPORT line
/// parsed by the engine, so local and AWS numbers go through the same code. Without a published bootstrap
/// every series is reported as not measured, with the command that publishes it — never a pass.
/// </summary>
public sealed class LocalLambdaSuite : ILocalSuite
{
    private static readonly string[] Series = [LambdaSeries.ColdStart, LambdaSeries.Warm, LambdaSeries.MemoryUsed, LambdaSeries.InitDuration];

    private readonly Func<string, string?> _environment;
    private readonly LocalLambdaOptions _options;

    public LocalLambdaSuite()
        : this(Environment.GetEnvironmentVariable, new LocalLambdaOptions())
    {
    }

    /// <param name="environment">Reads <c>PERF_LAMBDA_BOOTSTRAP</c>.</param>
    public LocalLambdaSuite(Func<string, string?> environment, LocalLambdaOptions options)
    {
        _environment = environment;
        _options = options;
    }

    public string Name => MetricCatalog.Lambda;

    public async Task<SuiteMeasurements> RunAsync(LocalSuiteContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var startedAt = context.Time.GetUtcNow();
        if (context.Run.Lambda is not { } settings)
        {
            return NotMeasured(startedAt, context.Time.GetUtcNow(), "the config has no suites.lambda section or the profile sets no lambda: { cold_starts, warm_invocations }");
        }

        var (bootstrap, reason) = BootstrapLocator.Locate(_environment, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        if (bootstrap is null)
        {
            return NotMeasured(startedAt, context.Time.GetUtcNow(), reason!);
        }

        var function = _options.Handler;
        var results = new List<LambdaInvocationResult>();
        var total = settings.ColdStarts + settings.WarmInvocations;
        var interrupted = false;
        LocalExecutionEnvironment? environment = null;
        try
        {
            for (var i = 0; i < settings.ColdStarts; i++)
            {
                context.Progress(new SuiteProgress(Name, $"{function}: cold start {i + 1}/{settings.ColdStarts}", results.Count, total));
                if (environment is not null)
                {
                    await environment.DisposeAsync();
                }

                environment = LocalExecutionEnvironment.Start(bootstrap, function, _options, context.Time, context.WorkDirectory);
                results.Add(await environment.InvokeAsync(function, coldRequested: true, cancellationToken));
            }

            for (var i = 0; i < settings.WarmInvocations; i++)
            {
                context.Progress(new SuiteProgress(Name, $"{function}: warm invocation {i + 1}/{settings.WarmInvocations}", results.Count, total));
                if (environment is null || environment.HasExited)
                {
                    if (environment is not null)
                    {
                        await environment.DisposeAsync();
                    }

                    environment = LocalExecutionEnvironment.Start(bootstrap, function, _options, context.Time, context.WorkDirectory);
                }

                results.Add(await environment.InvokeAsync(function, coldRequested: false, cancellationToken));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            interrupted = true;
        }
        finally
        {
            if (environment is not null)
            {
                await environment.DisposeAsync();
            }
        }

        context.Progress(new SuiteProgress(Name, $"{function}: done", results.Count, total));
        var source = $"the project's Native AOT bootstrap ({bootstrap}), handler '{function}', under a local Lambda Runtime API on 127.0.0.1: "
            + $"a cold start is a new process, warm invocations reuse it, memory is the peak RSS ÷ {_options.MemorySizeMb.ToString(CultureInfo.InvariantCulture)} MB";
        if (settings.Functions.Count > 0)
        {
            source += $"; the configured functions ({string.Join(", ", settings.Functions)}) run on AWS only";
        }

        if (settings.MemorySweepMb.Count > 0)
        {
            source += $"; the memory sweep ({string.Join(", ", settings.MemorySweepMb)} MB) runs on AWS only: a local process's CPU share does not grow with its memory size, Lambda's does";
        }

        var measurements = LambdaMeasurementsBuilder.Build(results, startedAt, context.Time.GetUtcNow(), source);
        return interrupted
            ? measurements with { Completion = RunCompletion.Interrupted, CompletionReason = "stopped before every invocation ran" }
            : measurements;
    }

    private SuiteMeasurements NotMeasured(DateTimeOffset startedAt, DateTimeOffset endedAt, string reason) =>
        new(Name, startedAt, endedAt, [], [], 0, 0, new Dictionary<string, long>())
        {
            NotMeasured = Series.Select(s => new NotMeasuredSeries(s, reason)).ToArray(),
            Source = "local Lambda Runtime API (not run)",
        };
}
