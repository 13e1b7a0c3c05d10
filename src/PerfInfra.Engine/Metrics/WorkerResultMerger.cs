using HdrHistogram;

namespace PerfInfra.Engine.Metrics;

/// <summary>
/// Exact merge of worker results: histograms are added count by count, so the percentiles of the
/// merge equal those of one histogram fed every sample (averaging per-worker percentiles is the
/// classic bug of distributed load tools). Scenarios, steps, error kinds and time-series seconds are
/// matched by name/second; the merge is associative and commutative up to ordering.
/// </summary>
public static class WorkerResultMerger
{
    public static WorkerResult Merge(IReadOnlyList<WorkerResult> results)
    {
        if (results.Count == 0)
        {
            throw new ArgumentException("nothing to merge: no worker results", nameof(results));
        }

        if (results.Count == 1)
        {
            return results[0];
        }

        var worst = results.MaxBy(r => r.Completion)!;
        return new WorkerResult(
            WorkerId: $"merged({results.Count})",
            StartedAt: results.Min(r => r.StartedAt),
            EndedAt: results.Max(r => r.EndedAt),
            Completion: worst.Completion,
            CompletionReason: worst.CompletionReason,
            Load: new LoadCounters(
                results.Sum(r => r.Load.PlannedIterations),
                results.Sum(r => r.Load.StartedIterations),
                results.Sum(r => r.Load.DelayedIterations),
                results.Sum(r => r.Load.PeakConcurrency)),
            Scenarios: MergeByName(results.SelectMany(r => r.Scenarios), s => s.Name, MergeScenarios));
    }

    private static ScenarioMetrics MergeScenarios(IReadOnlyList<ScenarioMetrics> parts) => new(
        parts[0].Name,
        parts.Sum(p => p.Iterations),
        parts.Sum(p => p.Requests),
        parts.Sum(p => p.Errors),
        AddHistograms(parts.Select(p => p.Latency)),
        AddOptionalHistograms(parts.Select(p => p.ServiceTime)),
        AddCounts(parts.Select(p => p.ErrorsByKind)),
        MergeByName(parts.SelectMany(p => p.Steps), s => s.Name, MergeSteps),
        MergeTimeSeries(parts.SelectMany(p => p.TimeSeries)));

    private static StepMetrics MergeSteps(IReadOnlyList<StepMetrics> parts) => new(
        parts[0].Name,
        parts.Sum(p => p.Requests),
        parts.Sum(p => p.Errors),
        AddHistograms(parts.Select(p => p.Latency)),
        AddOptionalHistograms(parts.Select(p => p.ServiceTime)),
        AddCounts(parts.Select(p => p.ErrorsByKind)));

    private static List<TimeSeriesBucket> MergeTimeSeries(IEnumerable<TimeSeriesBucket> buckets) =>
        buckets.GroupBy(b => b.UnixSecond)
            .OrderBy(g => g.Key)
            .Select(g => new TimeSeriesBucket(
                g.Key,
                g.Sum(b => b.Requests),
                g.Sum(b => b.Errors),
                AddHistograms(g.Select(b => b.Latency))))
            .ToList();

    /// <summary>Groups by key in order of first appearance, so merged output order is stable.</summary>
    private static List<T> MergeByName<T>(IEnumerable<T> items, Func<T, string> key, Func<IReadOnlyList<T>, T> merge) =>
        items.GroupBy(key, StringComparer.Ordinal).Select(g => merge(g.ToList())).ToList();

    internal static EncodedHistogram AddHistograms(IEnumerable<EncodedHistogram> histograms) =>
        EncodedHistogram.Encode(SumHistograms(histograms));

    /// <summary>The decoded sum, for callers that read percentiles straight away (no re-encoding).</summary>
    internal static LongHistogram SumHistograms(IEnumerable<EncodedHistogram> histograms)
    {
        var sum = EncodedHistogram.NewHistogram();
        foreach (var h in histograms)
        {
            sum.Add(h.Decode());
        }

        return sum;
    }

    private static EncodedHistogram? AddOptionalHistograms(IEnumerable<EncodedHistogram?> histograms)
    {
        var present = histograms.OfType<EncodedHistogram>().ToList();
        return present.Count == 0 ? null : AddHistograms(present);
    }

    internal static Dictionary<string, long> AddCounts(IEnumerable<IReadOnlyDictionary<string, long>> counts)
    {
        var sum = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (kind, count) in counts.SelectMany(c => c))
        {
            sum[kind] = sum.GetValueOrDefault(kind) + count;
        }

        return sum;
    }
}
