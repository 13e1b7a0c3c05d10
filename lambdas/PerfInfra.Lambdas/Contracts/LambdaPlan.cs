namespace PerfInfra.Lambdas.Contracts;

/// <summary>
/// The Lambda suite's size from the run's profile, for the state machine's Lambda branch: cold starts and
/// warm invocations per target function, and the configured function names (empty = every target).
/// </summary>
internal sealed record LambdaPlan(int ColdStarts, int WarmInvocations, IReadOnlyList<string> Functions);
