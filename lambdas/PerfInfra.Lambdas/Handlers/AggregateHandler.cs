using System.Text.Json;
using PerfInfra.Engine;
using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Preflight;
using PerfInfra.Engine.Reporting;
using PerfInfra.Engine.Reporting.Baseline;
using PerfInfra.Engine.Config;
using PerfInfra.Engine.Suites.Api;
using PerfInfra.Engine.Suites.Measurements;
using PerfInfra.Engine.Thresholds;
using PerfInfra.Lambdas.Aws;
using PerfInfra.Lambdas.Contracts;
using PerfInfra.Lambdas.Planning;
using PerfInfra.Lambdas.Runtime;

namespace PerfInfra.Lambdas.Handlers;

/// <summary>
/// aggregate: exact merge of the shards that survived, every threshold judged on the merge, compared
/// with the bucket's latest/ report as a baseline. A crashed shard makes the run an error that still
/// carries the other shards' data; a preflight that blocked the run gives a report of its checks only.
/// Writes the judged report.json to runs/RUN/ for the report step.
/// </summary>
internal sealed class AggregateHandler : ILambdaHandler
{
    private readonly IObjectStore _store;
    private readonly LambdaSettings _settings;
    private readonly TimeProvider _time;

    public AggregateHandler(IObjectStore store, LambdaSettings settings, TimeProvider time)
    {
        _store = store;
        _settings = settings;
        _time = time;
    }

    public async Task<string> HandleAsync(Invocation invocation, CancellationToken cancellationToken)
    {
        var input = PayloadReader.Read(invocation.Payload, LambdaJsonContext.Default.AggregateInput, "aggregate payload", LambdaDefaults.StateLimitBytes, a => a.Problems());
        var plan = input.Plan;
        var config = await DeployedConfig.LoadAsync(_store, _settings, cancellationToken);
        var (run, load, _) = new RunPlanner(_settings).Resolve(config, plan.Request);
        var preflight = plan.Preflight.ToResult();
        if (preflight is { Blocks: true })
        {
            return await WriteAsync(plan, BlockedReport(plan, run.ConfigSha256, preflight), [], 0, 0, cancellationToken);
        }

        var api = input.Suites.FirstOrDefault(s => s.Name == RunPlanner.ApiSuite);
        var workers = api?.Workers ?? [];
        var survivors = new List<WorkerResult>();
        foreach (var w in workers.Where(w => w.Error is null))
        {
            survivors.Add(await LoadResultAsync(w, cancellationToken));
        }

        var failed = workers.Where(w => w.Error is not null).ToList();
        var now = _time.GetUtcNow();
        WorkerResult? merged = survivors.Count > 0 ? WorkerResultMerger.Merge(survivors) : null;
        if (merged is not null && failed.Count > 0)
        {
            merged = merged with { Completion = RunCompletion.Failed, CompletionReason = FailedShards(failed, workers.Count) };
        }

        IReadOnlyList<ThresholdOutcome> outcomes = merged is null || !plan.Suites.Api
            ? []
            : ThresholdEvaluator.Evaluate(run.Thresholds, new ApiMetricSource(merged));
        var completion = plan.Suites.Api ? merged?.Completion ?? RunCompletion.Failed : RunCompletion.Completed;
        var reason = merged?.CompletionReason ?? (failed.Count > 0 ? FailedShards(failed, workers.Count) : null);
        var suites = new List<SuiteRun> { plan.Suites.Api ? new SuiteRun(RunPlanner.ApiSuite, merged, merged is null ? reason : null) : new SuiteRun(RunPlanner.ApiSuite, null) };
        foreach (var branch in input.Suites.Where(s => s.Name != RunPlanner.ApiSuite))
        {
            if (branch.MeasurementsKey is not { } measurementsKey)
            {
                suites.Add(new SuiteRun(branch.Name, null));
                continue;
            }

            var measured = await LoadMeasurementsAsync(measurementsKey, cancellationToken);
            suites.Add(new SuiteRun(branch.Name, null) { Measurements = measured });
            outcomes = [.. outcomes, .. ThresholdEvaluator.Evaluate(run.MeasuredSuiteThresholds(branch.Name) ?? [], new SuiteMetricSource(measured))];
            if (measured.Completion != RunCompletion.Completed && completion == RunCompletion.Completed)
            {
                (completion, reason) = (measured.Completion, $"{branch.Name}: {measured.CompletionReason}");
            }
        }

        var metadata = new RunMetadata(
            EngineInfo.Version, "aws-step-functions", run.ProfileName, _settings.ConfigFile ?? _settings.ConfigKey ?? "built-in", run.ConfigSha256,
            plan.Target, load.ModelName, load.PeakConcurrency, load.PeakRatePerSecond, load.TotalDuration.TotalSeconds,
            merged?.Load.PlannedIterations ?? 0, merged?.Load.StartedIterations ?? 0, merged?.Load.DelayedIterations ?? 0,
            merged?.Load.PeakConcurrency ?? 0);
        var report = RunReportBuilder.Build(metadata, merged?.StartedAt ?? now, merged?.EndedAt ?? now, suites, outcomes, completion, reason, preflight);
        if (await _store.GetTextAsync(StoreKeys.LatestReport, cancellationToken) is { } latest)
        {
            var baseline = ReportJson.Deserialize(latest, $"s3://{_settings.Bucket}/{StoreKeys.LatestReport}");
            report = RegressionGate.Apply(report, BaselineComparer.Compare(report, baseline, StoreKeys.LatestReport, RegressionTolerances.Default, gateEnabled: false));
        }

        return await WriteAsync(plan, report, failed, survivors.Sum(r => (r.EndedAt - r.StartedAt).TotalSeconds),
            workers.Count(w => w.Error is null && w.ResultKey is not null), cancellationToken);
    }

    private async Task<string> WriteAsync(
        RunPlan plan, RunReport report, IReadOnlyList<WorkerOutput> failed, double workerSeconds, int spilledResults, CancellationToken cancellationToken)
    {
        var key = StoreKeys.JudgedReport(plan.RunId);
        await _store.PutTextAsync(key, ReportJson.Serialize(report), LambdaDefaults.JsonContentType, cancellationToken);
        var output = new AggregateOutput(
            report.Verdict, report.VerdictReason, key,
            report.Thresholds.Where(t => !t.Passed && !t.NotMeasured).Select(t => $"{t.Scope} {t.Expression}").ToList(),
            failed.Count, workerSeconds, spilledResults);
        return JsonSerializer.Serialize(output, LambdaJsonContext.Default.AggregateOutput);
    }

    /// <summary>
    /// A failed preflight in mode fail: the state machine skipped every suite, so the report is the checks and
    /// the requested suites marked not run (as <c>perf run</c> writes it); no baseline comparison, nothing ran.
    /// </summary>
    private RunReport BlockedReport(RunPlan plan, string configSha256, PreflightResult preflight)
    {
        var now = _time.GetUtcNow();
        var suites = plan.Suites.Names().Select(name => new SuiteRun(name, null, "not run: preflight failed")).ToList();
        var metadata = new RunMetadata(
            EngineInfo.Version, "aws-step-functions", plan.Profile, _settings.ConfigFile ?? _settings.ConfigKey ?? "built-in", configSha256,
            plan.Target, plan.LoadModel, plan.Users, plan.Rate, plan.DurationSeconds, 0, 0, 0, 0);
        return RunReportBuilder.Build(metadata, now, now, suites, [], RunCompletion.Completed, null, preflight);
    }

    private async Task<WorkerResult> LoadResultAsync(WorkerOutput output, CancellationToken cancellationToken)
    {
        var source = output.ResultKey is { } key ? $"s3://{_settings.Bucket}/{key}" : $"shard {output.ShardIndex}";
        var json = output.Result
            ?? (output.ResultKey is { } k ? await _store.GetTextAsync(k, cancellationToken) : null)
            ?? throw new InvalidDataException($"{source}: the shard returned no result");
        return JsonSerializer.Deserialize(json, ReportJsonContext.Default.WorkerResult)
            ?? throw new InvalidDataException($"{source}: not a worker result");
    }

    private async Task<SuiteMeasurements> LoadMeasurementsAsync(string key, CancellationToken cancellationToken)
    {
        var source = $"s3://{_settings.Bucket}/{key}";
        var json = await _store.GetTextAsync(key, cancellationToken) ?? throw new InvalidDataException($"{source}: the suite's measurements are missing");
        return JsonSerializer.Deserialize(json, ReportJsonContext.Default.SuiteMeasurements)
            ?? throw new InvalidDataException($"{source}: not suite measurements");
    }

    private static string FailedShards(IReadOnlyList<WorkerOutput> failed, int total) =>
        $"{failed.Count} of {total} shards failed ({string.Join("; ", failed.Select(f => $"shard {f.ShardIndex}: {f.Error!.Error}"))}); the report covers the others";
}
