namespace PerfInfra.Cdk.Constructs.Monitoring;

/// <summary>When an alarm fires: the negation of what its threshold accepts.</summary>
public enum AlarmComparison
{
    GreaterThanOrEqual,
    GreaterThan,
    LessThanOrEqual,
    LessThan,
}
