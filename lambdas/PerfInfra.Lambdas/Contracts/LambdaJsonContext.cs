using System.Text.Json.Serialization;

namespace PerfInfra.Lambdas.Contracts;

/// <summary>
/// Source-generated JSON of the state machine's documents: camelCase, as the ASL's JSONPaths read
/// them (<c>$.plan.suites.api</c>); nulls omitted so states stay small.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RunRequest))]
[JsonSerializable(typeof(PlanInput))]
[JsonSerializable(typeof(RunPlan))]
[JsonSerializable(typeof(ShardTask))]
[JsonSerializable(typeof(WorkerOutput))]
[JsonSerializable(typeof(AggregateInput))]
[JsonSerializable(typeof(AggregateOutput))]
[JsonSerializable(typeof(ReportInput))]
[JsonSerializable(typeof(ReportOutput))]
[JsonSerializable(typeof(CostEstimate))]
[JsonSerializable(typeof(CollectInput))]
[JsonSerializable(typeof(SuiteBranchOutput))]
[JsonSerializable(typeof(AthenaPlan))]
[JsonSerializable(typeof(PerfInfra.Engine.Preflight.AwsPreflightExpectations))]
internal sealed partial class LambdaJsonContext : JsonSerializerContext;
