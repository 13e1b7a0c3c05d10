using System.Text.Json;

namespace PerfInfra.Lambdas.Contracts;

/// <summary>
/// The collect step's input at the end of a non-API suite's branch: the plan, and the raw responses of
/// the branch's service integrations (Athena query executions, Batch jobs, GetMetricData, Lambda
/// Invoke results) exactly as Step Functions returned them. <see cref="StartedAt"/> is when the branch
/// began (<c>$$.State.EnteredTime</c> of its first state), for the suite's time window.
/// </summary>
internal sealed record CollectInput(string Suite, RunPlan Plan, JsonElement Responses, DateTimeOffset? StartedAt = null);
