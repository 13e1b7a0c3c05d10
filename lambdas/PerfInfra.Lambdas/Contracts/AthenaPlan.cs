namespace PerfInfra.Lambdas.Contracts;

/// <summary>
/// The Athena branch's work, in the plan so the state machine can read it: the Map's MaxConcurrency
/// (<c>$.plan.athena.concurrency</c>) and its items (<c>$.plan.athena.executions</c>), every query of the
/// deployed query set <see cref="Rounds"/> times. Step Functions cannot loop for a duration cheaply, so
/// the AWS branch approximates the config's duration by rounds (see <see cref="Planning.AthenaPlanner"/>).
/// </summary>
internal sealed record AthenaPlan(int Concurrency, int Rounds, IReadOnlyList<AthenaExecutionItem> Executions);

/// <summary>One Map item: a query of a class, its SQL, and which round it belongs to.</summary>
internal sealed record AthenaExecutionItem(string QueryClass, string Query, string Sql, int Round);
