namespace PerfInfra.Engine.Thresholds;

/// <summary>
/// One threshold of the config: where it applies, what it asserts, and whether breaching it stops
/// the run early (after <see cref="AbortGracePeriod"/> from the start, so ramp-up noise does not abort).
/// The same records drive the evaluator, the CDK alarms and the state machine input.
/// </summary>
public sealed record ThresholdDefinition(
    ThresholdScope Scope,
    ThresholdExpression Expression,
    bool AbortOnFail = false,
    TimeSpan AbortGracePeriod = default);
