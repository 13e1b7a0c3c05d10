namespace PerfInfra.Engine.Thresholds;

/// <summary>
/// A threshold expression that cannot be parsed. <see cref="Detail"/> names the bad part and what is
/// accepted; <see cref="Exception.Message"/> prefixes it with the expression.
/// </summary>
public sealed class ThresholdSyntaxException : Exception
{
    public ThresholdSyntaxException(string expression, string detail)
        : base($"threshold '{expression}': {detail}")
    {
        Expression = expression;
        Detail = detail;
    }

    public string Expression { get; }

    public string Detail { get; }
}
