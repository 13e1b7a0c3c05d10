namespace PerfInfra.Cdk.Settings;

/// <summary>DynamoDB auto-scaling (seed: "DynamoDB auto-scaling", "GSI for non-key queries"). Capacities are ours.</summary>
public static class DynamoDbDefaults
{
    public const int MinReadCapacityUnits = 5;
    public const int MaxReadCapacityUnits = 1000;
    public const int MinWriteCapacityUnits = 5;
    public const int MaxWriteCapacityUnits = 500;

    /// <summary>AWS's default target for DynamoDB auto-scaling: headroom for a burst while scaling reacts.</summary>
    public const double TargetUtilizationPercent = 70;
}
