namespace PerfInfra.Engine.Thresholds;

/// <summary>
/// Where a threshold applies: a whole suite, one scenario (or Athena query class) of it, or one step
/// of a scenario. Displayed as <c>api</c>, <c>api/browse</c>, <c>api/browse/list products</c>.
/// </summary>
public sealed record ThresholdScope(string Suite, string? Scenario = null, string? Step = null)
{
    public override string ToString() =>
        Scenario is null ? Suite : Step is null ? $"{Suite}/{Scenario}" : $"{Suite}/{Scenario}/{Step}";
}
