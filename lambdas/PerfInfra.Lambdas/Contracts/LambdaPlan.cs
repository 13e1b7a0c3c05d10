namespace PerfInfra.Lambdas.Contracts;

/// <summary>
/// The Lambda suite's size from the run's profile, for the state machine's Lambda branch: cold starts and
/// warm invocations per target function, the configured function names (empty = every target), and the
/// memory sweep: sizes in MB (empty: none) and the invocations at each (<c>sweepRange</c>: [1..n], the
/// branch's counted loop).
/// </summary>
internal sealed record LambdaPlan(int ColdStarts, int WarmInvocations, IReadOnlyList<string> Functions)
{
    public IReadOnlyList<int> MemorySweep { get; init; } = [];

    public int SweepInvocations { get; init; }
}
