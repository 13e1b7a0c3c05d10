namespace PerfInfra.Integration.Tests.BadInput;

/// <summary>
/// One bad input to `perf`: the arguments (built against a <see cref="BadInputContext"/>, which owns the
/// files and the loopback target), and a fragment the one error message must contain to be useful.
/// <paramref name="MustNotEcho"/> is a value the message must never repeat (a secret typed in the wrong place).
/// </summary>
internal sealed record BadInputCase(string Name, string ExpectedInMessage, Func<BadInputContext, string[]> Arguments, string? MustNotEcho = null)
{
    public override string ToString() => Name;
}
