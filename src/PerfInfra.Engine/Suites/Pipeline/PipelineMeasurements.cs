using System.Globalization;
using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Reporting;
using PerfInfra.Engine.Suites.Measurements;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Suites.Pipeline;

/// <summary>
/// Turns a <see cref="PipelineRun"/> into the pipeline suite's measurements: <c>batch_duration</c> per
/// batch job, <c>dms_lag</c> per DMS metric, and — only when every requested record was verified
/// queryable — <c>end_to_end</c> (first stage start → last stage end) and <c>records_per_second</c>
/// (verified records ÷ end-to-end seconds; per stage too, scoped by stage). A run that lost a record has
/// no end-to-end time (the records never all became available), so its end_to_end threshold fails for
/// want of samples: a lossy pipeline can never pass on speed.
/// </summary>
public static class PipelineMeasurements
{
    public const string StageTableTitle = "Pipeline stages";

    private const string EndToEndSeries = "end_to_end";
    private const string BatchDurationSeries = "batch_duration";
    private const string RecordsPerSecondSeries = "records_per_second";

    public static SuiteMeasurements From(PipelineRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var samples = new List<SeriesSamples>();
        var values = new List<SeriesValue>();
        if (run.BatchDurationsMilliseconds.Count > 0)
        {
            samples.Add(new SeriesSamples(null, BatchDurationSeries, run.BatchDurationsMilliseconds));
        }

        samples.AddRange(run.DmsLag);
        var endToEnd = EndToEnd(run);
        if (endToEnd is { } e2e)
        {
            samples.Add(new SeriesSamples(null, EndToEndSeries, [e2e.TotalMilliseconds]));
            if (e2e > TimeSpan.Zero)
            {
                values.Add(new SeriesValue(null, RecordsPerSecondSeries, run.RecordsVerified!.Value / e2e.TotalSeconds));
            }

            values.AddRange(run.Stages
                .Where(s => s.RecordsPerSecond is not null)
                .Select(s => new SeriesValue(s.Name, RecordsPerSecondSeries, s.RecordsPerSecond!.Value)));
        }

        var failures = run.FailuresByKind.Values.Sum();
        return new SuiteMeasurements(
            MetricCatalog.Pipeline,
            run.StartedAt,
            run.EndedAt,
            samples,
            values,
            Math.Max(run.Stages.Count, failures),
            failures,
            run.FailuresByKind.Where(f => f.Value > 0).ToDictionary(f => f.Key, f => f.Value))
        {
            NotMeasured = run.NotMeasured,
            Tables = [StageTable(run, endToEnd)],
            Source = run.Source,
            Completion = run.Completion,
            CompletionReason = run.CompletionReason,
        };
    }

    /// <summary>First stage start → last stage end, when the run verified every record; else null.</summary>
    public static TimeSpan? EndToEnd(PipelineRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!run.IsVerified || run.Completion != RunCompletion.Completed || run.Stages.Count == 0)
        {
            return null;
        }

        var span = run.Stages.Max(s => s.EndedAt) - run.Stages.Min(s => s.StartedAt);
        return span >= TimeSpan.Zero ? span : TimeSpan.Zero;
    }

    private static ReportTable StageTable(PipelineRun run, TimeSpan? endToEnd)
    {
        var rows = run.Stages.Select(s => (IReadOnlyList<string>)[s.Name, Count(s.Records), Seconds(s.Duration), Rate(s.RecordsPerSecond)]).ToList();
        if (endToEnd is { } e2e)
        {
            var rate = e2e > TimeSpan.Zero ? run.RecordsVerified!.Value / e2e.TotalSeconds : (double?)null;
            rows.Add(["end to end", Count(run.RecordsVerified!.Value), Seconds(e2e), Rate(rate)]);
        }

        var verified = run.RecordsVerified is { } v
            ? $"{Count(v)} of {Count(run.RecordsRequested)} records queryable"
            : $"verification did not run ({Count(run.RecordsRequested)} records requested)";
        return new ReportTable(StageTableTitle, ["Stage", "Records", "Seconds", "Records/s"], rows, string.Join("; ", [verified, .. run.Notes]));
    }

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Rate(double? r) => r is { } rate ? rate.ToString("N0", CultureInfo.InvariantCulture) : "–";
}
