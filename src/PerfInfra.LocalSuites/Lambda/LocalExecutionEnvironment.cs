using System.Diagnostics;
using System.Globalization;
using PerfInfra.Engine.Suites.Lambda;

namespace PerfInfra.LocalSuites.Lambda;

/// <summary>
/// One execution environment on this machine: a <see cref="LocalRuntimeApi"/> and the bootstrap process
/// started against it, as Lambda starts one per sandbox. The init phase runs from the process start to
/// its first <c>/next</c>; each invocation from the event's hand-over to the runtime's answer. Every
/// invocation yields the REPORT line Lambda would log, with Max Memory Used from the process's peak RSS.
/// </summary>
internal sealed class LocalExecutionEnvironment : IAsyncDisposable
{
    private const int StderrLinesKept = 20;
    private static readonly TimeSpan ExitGrace = TimeSpan.FromSeconds(5);

    private readonly LocalRuntimeApi _api;
    private readonly Process _process;
    private readonly LocalLambdaOptions _options;
    private readonly TimeProvider _time;
    private readonly long _startedAt;
    private readonly Queue<string> _stderr = new();
    private bool _initReported;

    private LocalExecutionEnvironment(LocalRuntimeApi api, Process process, LocalLambdaOptions options, TimeProvider time, long startedAt)
    {
        _api = api;
        _process = process;
        _options = options;
        _time = time;
        _startedAt = startedAt;
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (_stderr)
            {
                _stderr.Enqueue(e.Data);
                if (_stderr.Count > StderrLinesKept)
                {
                    _stderr.Dequeue();
                }
            }
        };
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    public static LocalExecutionEnvironment Start(string bootstrap, string functionName, LocalLambdaOptions options, TimeProvider time, string workDirectory)
    {
        var arn = $"arn:aws:lambda:{LocalLambdaDefaults.Region}:000000000000:function:{functionName}";
        var api = new LocalRuntimeApi(time, arn, options.InvocationTimeout);
        var start = new ProcessStartInfo(bootstrap)
        {
            WorkingDirectory = workDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // What Lambda sets for a custom runtime, plus what the bootstrap itself requires to start.
        var env = start.Environment;
        env["AWS_LAMBDA_RUNTIME_API"] = api.Address;
        env["_HANDLER"] = options.Handler;
        env["AWS_LAMBDA_FUNCTION_NAME"] = functionName;
        env["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = options.MemorySizeMb.ToString(CultureInfo.InvariantCulture);
        env["AWS_REGION"] = LocalLambdaDefaults.Region;
        env["REPORT_BUCKET"] = LocalLambdaDefaults.PlaceholderBucket;
        foreach (var inherited in new[] { "CONFIG_KEY", "CONFIG_FILE", "S3_ENDPOINT_URL" })
        {
            env.Remove(inherited);
        }

        var startedAt = time.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {bootstrap}");
        return new LocalExecutionEnvironment(api, process, options, time, startedAt);
    }

    /// <summary>One invocation: its REPORT line, or the error Lambda would report (init error, crash, timeout).</summary>
    public async Task<LambdaInvocationResult> InvokeAsync(string functionName, bool coldRequested, CancellationToken cancellationToken)
    {
        var outcome = _api.InvokeAsync(_options.Payload);
        var exited = _process.WaitForExitAsync(cancellationToken);
        var timeout = Task.Delay(_options.InvocationTimeout, _time, cancellationToken);
        var first = await Task.WhenAny(outcome, _api.InitError, exited, timeout);
        cancellationToken.ThrowIfCancellationRequested();
        if (first == _api.InitError)
        {
            return Failure(functionName, coldRequested, "Runtime.InitError", await _api.InitError);
        }

        if (first == exited)
        {
            return Failure(functionName, coldRequested, "Runtime.ExitError", $"the bootstrap exited with code {_process.ExitCode}");
        }

        if (first == timeout)
        {
            return Failure(functionName, coldRequested, "Sandbox.Timedout", $"no answer within {_options.InvocationTimeout.TotalSeconds} s");
        }

        var answer = await outcome;
        var memory = ProcessPeakMemory.MaxMemoryUsedMb(_process.Id);
        if (answer.Failed || memory is null)
        {
            return Failure(functionName, coldRequested, answer.ErrorType ?? "Runtime.ExitError", answer.ErrorBody ?? "the process ended before its memory could be read");
        }

        double? init = null;
        if (!_initReported)
        {
            _initReported = true;
            init = Round(_time.GetElapsedTime(_startedAt, await _api.FirstNext).TotalMilliseconds);
        }

        var duration = Round(_time.GetElapsedTime(answer.DeliveredAt, answer.AnsweredAt).TotalMilliseconds);
        // Lambda bills whole milliseconds, rounded up. The line goes through the same parser as AWS's.
        var line = new LambdaReportLine(answer.RequestId, duration, Math.Max(1, Math.Ceiling(duration)), _options.MemorySizeMb, memory.Value, init).Format();
        return new LambdaInvocationResult(functionName, coldRequested, LambdaReportParser.Parse(line));
    }

    /// <summary>The runtime crashed or exited: this environment cannot take more invocations.</summary>
    public bool HasExited => _process.HasExited;

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using var grace = new CancellationTokenSource(ExitGrace);
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                // Killed but not reaped within the grace period: nothing more to do than dispose.
            }
        }

        _process.Dispose();
        await _api.DisposeAsync();
    }

    private LambdaInvocationResult Failure(string functionName, bool coldRequested, string kind, string detail)
    {
        string stderr;
        lock (_stderr)
        {
            stderr = string.Join(" | ", _stderr);
        }

        return new LambdaInvocationResult(functionName, coldRequested, null, kind)
        {
            ErrorDetail = stderr.Length == 0 ? detail : $"{detail}; stderr: {stderr}",
        };
    }

    private static double Round(double ms) => Math.Round(ms, 2, MidpointRounding.AwayFromZero);
}
