using System.Text.Json;
using PerfInfra.Engine.Reporting;
using PerfInfra.Lambdas.Aws;
using PerfInfra.Lambdas.Collectors;
using PerfInfra.Lambdas.Contracts;
using PerfInfra.Lambdas.Planning;
using PerfInfra.Lambdas.Runtime;

namespace PerfInfra.Lambdas.Handlers;

/// <summary>
/// collect: the last step of a non-API suite's branch. Parses the branch's raw AWS responses into the
/// suite's measurements, stores them at runs/RUN/suites/SUITE.json (they can outgrow the state limit),
/// and returns the branch output that carries the key to aggregate.
/// </summary>
internal sealed class CollectHandler(IObjectStore store, LambdaSettings settings, TimeProvider time, IReadOnlyList<ISuiteCollector> collectors) : ILambdaHandler
{
    public async Task<string> HandleAsync(Invocation invocation, CancellationToken cancellationToken)
    {
        var input = JsonSerializer.Deserialize(invocation.Payload, LambdaJsonContext.Default.CollectInput)
            ?? throw new PlanRejectedException(["collect: expected a JSON object"]);
        var collector = collectors.FirstOrDefault(c => c.Suite == input.Suite)
            ?? throw new PlanRejectedException([$"collect: suite '{input.Suite}' has no collector (expected one of {string.Join(", ", collectors.Select(c => c.Suite))})"]);
        var config = await DeployedConfig.LoadAsync(store, settings, cancellationToken);
        var (run, _, _) = new RunPlanner(settings).Resolve(config, input.Plan.Request);
        var measurements = collector.Collect(input, run, time.GetUtcNow());
        var key = StoreKeys.SuiteMeasurements(input.Plan.RunId, input.Suite);
        await store.PutTextAsync(key, JsonSerializer.Serialize(measurements, ReportJsonContext.Default.SuiteMeasurements), LambdaDefaults.JsonContentType, cancellationToken);
        return JsonSerializer.Serialize(new SuiteBranchOutput(input.Suite, SuiteRun.StatusRan, MeasurementsKey: key), LambdaJsonContext.Default.SuiteBranchOutput);
    }
}
