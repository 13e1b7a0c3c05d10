using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Suites.Api;

/// <summary>
/// Runs the API suite on one worker: drives <see cref="ApiWorker"/>, reports live progress once a
/// second, stops early when an abort_on_fail threshold breaches after its grace period, and judges
/// every threshold on the final result. The host (CLI, Lambda) only supplies the client and the stop.
/// </summary>
public static class ApiSuiteRunner
{
    public static readonly TimeSpan TickInterval = TimeSpan.FromSeconds(1);

    public static async Task<ApiSuiteOutcome> RunAsync(
        ApiSuitePlan plan,
        ApiWorker worker,
        TimeProvider time,
        Action<LiveStats>? progress,
        CancellationToken stop)
    {
        var abortable = plan.Thresholds.Where(t => t.AbortOnFail).ToList();
        var run = worker.RunAsync(stop);
        var started = time.GetTimestamp();
        while (!run.IsCompleted)
        {
            await Task.WhenAny(run, Task.Delay(TickInterval, time, CancellationToken.None));
            if (run.IsCompleted)
            {
                break;
            }

            progress?.Invoke(worker.Live);
            if (abortable.Count > 0 && FirstBreach(abortable, worker.Snapshot(), time.GetElapsedTime(started)) is { } reason)
            {
                worker.Abort(reason);
            }
        }

        var result = await run;
        return new ApiSuiteOutcome(result, ThresholdEvaluator.Evaluate(plan.Thresholds, new ApiMetricSource(result)));
    }

    /// <summary>
    /// A breach during the run needs data: a threshold with no samples yet is not a reason to abort
    /// (it still fails at the end if it never gets any).
    /// </summary>
    internal static string? FirstBreach(IReadOnlyList<ThresholdDefinition> abortable, WorkerResult snapshot, TimeSpan elapsed)
    {
        var source = new ApiMetricSource(snapshot);
        foreach (var t in abortable.Where(t => elapsed >= t.AbortGracePeriod))
        {
            var outcome = ThresholdEvaluator.Evaluate(t, source);
            if (outcome.Measured is not null && !outcome.Passed)
            {
                return $"{t.Scope} {t.Expression.Text} breached after {elapsed.TotalSeconds:0} s (abort_on_fail)";
            }
        }

        return null;
    }
}
