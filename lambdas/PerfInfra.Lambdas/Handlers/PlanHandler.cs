using System.Text.Json;
using PerfInfra.Lambdas.Aws;
using PerfInfra.Lambdas.Contracts;
using PerfInfra.Lambdas.Planning;
using PerfInfra.Lambdas.Runtime;

namespace PerfInfra.Lambdas.Handlers;

/// <summary>
/// plan: validates the execution input against the deployed config (allow-list, safety caps) and
/// splits the API load into shards, e.g. 1000 users → 20 × 50.
/// </summary>
internal sealed class PlanHandler : ILambdaHandler
{
    private readonly IObjectStore _store;
    private readonly LambdaSettings _settings;

    public PlanHandler(IObjectStore store, LambdaSettings settings)
    {
        _store = store;
        _settings = settings;
    }

    public async Task<string> HandleAsync(Invocation invocation, CancellationToken cancellationToken)
    {
        var input = JsonSerializer.Deserialize(invocation.Payload, LambdaJsonContext.Default.PlanInput)
            ?? throw new PlanRejectedException(["input: expected a JSON object"]);
        var request = input.Request ?? new RunRequest();
        var planner = new RunPlanner(_settings);
        var config = await DeployedConfig.LoadAsync(_store, _settings, cancellationToken);
        var (run, load, suites) = planner.Resolve(config, request);
        var count = suites.Api ? planner.ShardCount(load) : 0;
        var shards = Enumerable.Range(0, count).Select(i => new ShardTask(input.RunId, i, count, request)).ToList();
        var plan = new RunPlan(
            input.RunId, request, suites, run.ProfileName, run.BaseUrl!.GetLeftPart(UriPartial.Path), load.ModelName,
            load.PeakConcurrency, load.PeakRatePerSecond, load.TotalDuration.TotalSeconds, shards,
            LambdaSuitePlanner.Plan(suites, run));
        return JsonSerializer.Serialize(plan, LambdaJsonContext.Default.RunPlan);
    }
}
