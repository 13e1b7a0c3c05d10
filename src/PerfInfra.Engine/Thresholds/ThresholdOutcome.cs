namespace PerfInfra.Engine.Thresholds;

/// <summary>
/// The judgement of one threshold. <see cref="Measured"/> is null when there were no samples —
/// then <see cref="Passed"/> is false and <see cref="Reason"/> says so: no data never passes.
/// <see cref="NotMeasured"/> marks a series the host cannot measure (DMS lag locally): not passed, and
/// left out of the verdict, which says so in its reason.
/// </summary>
public sealed record ThresholdOutcome(
    ThresholdDefinition Definition,
    double? Measured,
    bool Passed,
    double? Margin,
    string? Reason)
{
    public bool NotMeasured { get; init; }
}
