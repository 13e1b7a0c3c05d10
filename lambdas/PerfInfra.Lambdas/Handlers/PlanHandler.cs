using System.Text.Json;
using PerfInfra.Lambdas.Aws;
using PerfInfra.Lambdas.Contracts;
using PerfInfra.Lambdas.KillSwitch;
using PerfInfra.Lambdas.Planning;
using PerfInfra.Lambdas.Runtime;

namespace PerfInfra.Lambdas.Handlers;

/// <summary>
/// plan: checks the execution input's shape, refuses to start while the kill switch says stop,
/// validates the input against the deployed config (allow-list, safety caps, thresholds), splits the
/// API load into shards, e.g. 1000 users → 20 × 50, lists the Athena branch's query executions, and judges
/// the preflight's responses (a failed check in mode fail: no shards, and the state machine skips the suites).
/// </summary>
internal sealed class PlanHandler : ILambdaHandler
{
    private const string Document = "input";

    private readonly IObjectStore _store;
    private readonly LambdaSettings _settings;
    private readonly IKillSwitch _killSwitch;

    public PlanHandler(IObjectStore store, LambdaSettings settings, IKillSwitch killSwitch)
    {
        _store = store;
        _settings = settings;
        _killSwitch = killSwitch;
    }

    public async Task<string> HandleAsync(Invocation invocation, CancellationToken cancellationToken)
    {
        var input = ReadInput(invocation.Payload);
        await EnsureRunsAllowedAsync(cancellationToken);
        var request = input.Request ?? new RunRequest();
        var planner = new RunPlanner(_settings);
        var config = await DeployedConfig.LoadAsync(_store, _settings, cancellationToken);
        var (run, load, suites) = planner.Resolve(config, request);
        var preflight = PreflightPlanner.Judge(request.Preflight, suites, _settings.PreflightExpected, input.Preflight);
        // A blocking preflight sends no load: the state machine skips the suites, and no shard exists anyway.
        var count = suites.Api && !preflight.Blocks ? planner.ShardCount(load) : 0;
        var shards = Enumerable.Range(0, count).Select(i => new ShardTask(input.RunId, i, count, request)).ToList();
        var plan = new RunPlan(
            input.RunId, request, suites, run.ProfileName, run.BaseUrl!.GetLeftPart(UriPartial.Path), load.ModelName,
            load.PeakConcurrency, load.PeakRatePerSecond, load.TotalDuration.TotalSeconds, shards,
            suites.Athena ? AthenaPlanner.Plan(run, _settings) : null,
            LambdaSuitePlanner.Plan(suites, run))
        {
            PipelineRecords = suites.Pipeline ? run.Pipeline?.Records : null,
            Preflight = preflight,
        };
        return JsonSerializer.Serialize(plan, LambdaJsonContext.Default.RunPlan);
    }

    /// <summary>The payload is {runId, request: the execution input}; the input's fields are checked before it is read.</summary>
    private static PlanInput ReadInput(string payload)
    {
        var root = PayloadReader.Parse(payload, Document, LambdaDefaults.MaxExecutionInputBytes);
        if (root.TryGetProperty("request", out var request) && RunRequestShape.Check(request) is { Count: > 0 } problems)
        {
            throw new InvalidPayloadException(Document, problems);
        }

        return PayloadReader.Read(root, LambdaJsonContext.Default.PlanInput, Document, p => p.Problems());
    }

    /// <summary>A run never starts while the switch says stop, nor when it cannot be read (fail closed: nothing has started yet).</summary>
    private async Task EnsureRunsAllowedAsync(CancellationToken cancellationToken)
    {
        var name = _killSwitch.Name;
        string value;
        try
        {
            value = await _killSwitch.ReadAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new PlanRejectedException(
                [$"kill switch {name}: could not read it ({e.GetType().Name}: {e.Message}); no run starts without it. The stack creates it with the value '{KillSwitchDefaults.RunValue}' and lets this function ssm:GetParameter it"]);
        }

        if (!KillSwitchDefaults.AllowsRuns(value))
        {
            throw new PlanRejectedException(
                [$"kill switch {name} is '{value}', so no run may start. To allow runs again: aws ssm put-parameter --name {name} --value {KillSwitchDefaults.RunValue} --overwrite"]);
        }
    }
}
