using System.Globalization;
using System.Text;
using System.Text.Json;
using PerfInfra.Engine.Http;
using PerfInfra.Engine.Reporting;
using PerfInfra.Engine.Suites.Api;
using PerfInfra.Lambdas.Aws;
using PerfInfra.Lambdas.Contracts;
using PerfInfra.Lambdas.KillSwitch;
using PerfInfra.Lambdas.Planning;
using PerfInfra.Lambdas.Runtime;

namespace PerfInfra.Lambdas.Handlers;

/// <summary>
/// load-worker: runs one shard of the API load until its planned end, the Lambda deadline (the engine
/// stops <see cref="ApiWorkerDefaults.DeadlineMargin"/> early, keeping what it measured) or the kill
/// switch (polled every <see cref="LambdaSettings.KillSwitchPollInterval"/>; the shard then ends as
/// interrupted, "stopped by kill switch NAME", with its data), and returns its compressed histograms,
/// time series and counters — inline when they fit this shard's share of the state limit, else as an
/// S3 key. The shard's target is checked against the deployed allow-list again here, not only by plan:
/// the item went through the state and the Map, and a worker must never trust it.
/// </summary>
internal sealed class LoadWorkerHandler : ILambdaHandler
{
    private const string Document = "shard";

    private readonly IObjectStore _store;
    private readonly LambdaSettings _settings;
    private readonly TimeProvider _time;
    private readonly Func<string, string?> _env;
    private readonly IKillSwitch _killSwitch;
    private readonly TextWriter _log;

    public LoadWorkerHandler(IObjectStore store, LambdaSettings settings, TimeProvider time, Func<string, string?> env, IKillSwitch killSwitch, TextWriter? log = null)
    {
        _store = store;
        _settings = settings;
        _time = time;
        _env = env;
        _killSwitch = killSwitch;
        _log = log ?? Console.Error;
    }

    public async Task<string> HandleAsync(Invocation invocation, CancellationToken cancellationToken)
    {
        var task = PayloadReader.Read(invocation.Payload, LambdaJsonContext.Default.ShardTask, Document, LambdaDefaults.StateLimitBytes, t => t.Problems(_settings.MaxShards));
        var config = await DeployedConfig.LoadAsync(_store, _settings, cancellationToken);
        var (run, load, _) = new RunPlanner(_settings).Resolve(config, task.Request);
        if (!run.AllowList.Allows(run.BaseUrl!))
        {
            throw new PlanRejectedException(
                [$"target: host '{run.BaseUrl!.Host}' is not on the deployed allow-list ({string.Join(", ", run.AllowList.Hosts)}); shard {task.Index.ToString(CultureInfo.InvariantCulture)} sent nothing"]);
        }

        var plan = run.ToApiSuitePlan(load.Shard(task.Index, task.Count));
        var headers = run.Auth is { } auth
            ? new Dictionary<string, string>([AuthHeaderResolver.Resolve(auth, _env)])
            : new Dictionary<string, string>();
        await using var client = new LoadHttpClient(run.BaseUrl!, new LoadHttpClientOptions
        {
            RequestTimeout = run.RequestTimeout,
            DefaultHeaders = headers,
        });
        var workerId = "shard-" + task.Index.ToString(CultureInfo.InvariantCulture);
        using var worker = new ApiWorker(plan, client, _time, workerId) { Deadline = invocation.Deadline };
        ApiSuiteOutcome outcome;
        await using (await KillSwitchWatch.StartAsync(_killSwitch, _settings.KillSwitchPollInterval, _time, worker.Stop, _log, cancellationToken))
        {
            outcome = await ApiSuiteRunner.RunAsync(plan, worker, _time, progress: null, cancellationToken);
        }

        var json = JsonSerializer.Serialize(outcome.Result, ReportJsonContext.Default.WorkerResult);
        // The Map gathers every shard's output into one state, so each shard gets an equal share of the limit.
        var budget = LambdaDefaults.StateLimitBytes / (task.Count + 1);
        if (Encoding.UTF8.GetByteCount(json) <= budget)
        {
            return JsonSerializer.Serialize(new WorkerOutput(task.Index, Result: json), LambdaJsonContext.Default.WorkerOutput);
        }

        var key = StoreKeys.WorkerResult(task.RunId, task.Index);
        await _store.PutTextAsync(key, json, LambdaDefaults.JsonContentType, cancellationToken);
        return JsonSerializer.Serialize(new WorkerOutput(task.Index, ResultKey: key), LambdaJsonContext.Default.WorkerOutput);
    }
}
