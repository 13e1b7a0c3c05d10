using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Preflight;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Reporting;

/// <summary>
/// The single place that turns how a run ended and what the thresholds said into a verdict.
/// error (could not run) &gt; partial (ended early) &gt; fail (a threshold breached) &gt; pass.
/// An abort_on_fail stop is a <c>fail</c>: the run ended early because it had already failed.
/// </summary>
public static class VerdictJudge
{
    public static (Verdict Verdict, string Reason) Judge(
        RunCompletion completion, string? completionReason, IReadOnlyList<ThresholdOutcome> outcomes, PreflightResult? preflight = null)
    {
        // Load against a platform whose optimizations are not live measures the wrong system: nothing
        // else the run says matters then.
        if (preflight is { Blocks: true })
        {
            return (Verdict.Fail, $"preflight failed, no load was sent: {preflight.Describe()}");
        }

        var (verdict, reason) = JudgeRun(completion, completionReason, outcomes);
        return preflight is { Mode: PreflightMode.Warn, Failed.Count: > 0 }
            ? (verdict, $"{reason}; preflight warnings: {preflight.Describe()}")
            : (verdict, reason);
    }

    private static (Verdict Verdict, string Reason) JudgeRun(
        RunCompletion completion, string? completionReason, IReadOnlyList<ThresholdOutcome> outcomes)
    {
        var notMeasured = outcomes.Where(o => o.NotMeasured).ToList();
        var judged = outcomes.Where(o => !o.NotMeasured).ToList();
        var failed = judged.Where(o => !o.Passed).ToList();
        var failedText = string.Join("; ", failed.Select(Describe));
        var notMeasuredText = notMeasured.Count == 0
            ? string.Empty
            : $"; {notMeasured.Count} not measured here, so not judged: {string.Join("; ", notMeasured.Select(o => $"{o.Definition.Scope} {o.Definition.Expression.Text} ({o.Reason})"))}";

        return completion switch
        {
            RunCompletion.Failed => (Verdict.Error, completionReason ?? "the run could not complete"),
            RunCompletion.Interrupted => (Verdict.Partial,
                $"run ended early ({completionReason ?? "interrupted"}); numbers cover only the time that ran" +
                (failed.Count > 0 ? $"; failing so far: {failedText}" : string.Empty)),
            RunCompletion.Aborted => (Verdict.Fail, $"aborted: {completionReason}" + (failed.Count > 0 ? $"; {failedText}" : string.Empty)),
            _ when judged.Count == 0 => (Verdict.Error, "no thresholds were judged: a run with nothing to judge cannot pass" + notMeasuredText),
            _ when failed.Count > 0 => (Verdict.Fail, $"{failed.Count} of {judged.Count} thresholds failed: {failedText}{notMeasuredText}"),
            _ => (Verdict.Pass, $"all {judged.Count} thresholds passed{notMeasuredText}"),
        };
    }

    private static string Describe(ThresholdOutcome o) =>
        $"{o.Definition.Scope} {o.Definition.Expression.Text} ({(o.Measured is { } m ? $"measured {ReportFormatting.Display(m, ReportFormatting.UnitName(o.Definition.Expression.Unit))}" : o.Reason ?? "no samples")})";
}
