namespace PerfInfra.Cdk.Settings;

/// <summary>DynamoDB table capacity bounds and scaling target. Defaults: <see cref="DynamoDbDefaults"/>.</summary>
public sealed record DynamoDbSettings
{
    public int MinReadCapacityUnits { get; init; } = DynamoDbDefaults.MinReadCapacityUnits;
    public int MaxReadCapacityUnits { get; init; } = DynamoDbDefaults.MaxReadCapacityUnits;
    public int MinWriteCapacityUnits { get; init; } = DynamoDbDefaults.MinWriteCapacityUnits;
    public int MaxWriteCapacityUnits { get; init; } = DynamoDbDefaults.MaxWriteCapacityUnits;
    public double TargetUtilizationPercent { get; init; } = DynamoDbDefaults.TargetUtilizationPercent;
}
