using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;
using Constructs;
using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.DynamoDb;

/// <summary>
/// The orders table (partition customer, sort order id) with provisioned capacity that Application
/// Auto Scaling keeps at the target utilization, for the table and for its GSI, which serves the
/// non-key query "orders by status, newest first" without a scan. Encrypted, point-in-time recovery on.
/// </summary>
public sealed class AutoScaledTable : Construct
{
    public const string StatusIndexName = "by-status-created";

    private readonly DynamoDbSettings _settings;

    public AutoScaledTable(Construct scope, string id, AutoScaledTableProps props)
        : base(scope, id)
    {
        _settings = props.Settings;
        Table = BuildTable();
        AddStatusIndex();
        AddAutoScaling();
    }

    public Table Table { get; }

    private Table BuildTable() => new(this, "Orders", new TableProps
    {
        PartitionKey = new Attribute { Name = "customerId", Type = AttributeType.STRING },
        SortKey = new Attribute { Name = "orderId", Type = AttributeType.STRING },
        BillingMode = BillingMode.PROVISIONED,
        ReadCapacity = _settings.MinReadCapacityUnits,
        WriteCapacity = _settings.MinWriteCapacityUnits,
        Encryption = TableEncryption.AWS_MANAGED,
        PointInTimeRecovery = true,
        RemovalPolicy = RemovalPolicy.RETAIN,
    });

    private void AddStatusIndex() => Table.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps
    {
        IndexName = StatusIndexName,
        PartitionKey = new Attribute { Name = "status", Type = AttributeType.STRING },
        SortKey = new Attribute { Name = "createdAt", Type = AttributeType.STRING },
        ProjectionType = ProjectionType.KEYS_ONLY,
        ReadCapacity = _settings.MinReadCapacityUnits,
        WriteCapacity = _settings.MinWriteCapacityUnits,
    });

    private void AddAutoScaling()
    {
        var target = new UtilizationScalingProps { TargetUtilizationPercent = _settings.TargetUtilizationPercent };
        Table.AutoScaleReadCapacity(new EnableScalingProps { MinCapacity = _settings.MinReadCapacityUnits, MaxCapacity = _settings.MaxReadCapacityUnits })
            .ScaleOnUtilization(target);
        Table.AutoScaleWriteCapacity(new EnableScalingProps { MinCapacity = _settings.MinWriteCapacityUnits, MaxCapacity = _settings.MaxWriteCapacityUnits })
            .ScaleOnUtilization(target);
        Table.AutoScaleGlobalSecondaryIndexReadCapacity(StatusIndexName, new EnableScalingProps { MinCapacity = _settings.MinReadCapacityUnits, MaxCapacity = _settings.MaxReadCapacityUnits })
            .ScaleOnUtilization(target);
        Table.AutoScaleGlobalSecondaryIndexWriteCapacity(StatusIndexName, new EnableScalingProps { MinCapacity = _settings.MinWriteCapacityUnits, MaxCapacity = _settings.MaxWriteCapacityUnits })
            .ScaleOnUtilization(target);
    }
}
