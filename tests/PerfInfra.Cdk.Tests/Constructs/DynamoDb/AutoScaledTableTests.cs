using Amazon.CDK.Assertions;
using PerfInfra.Cdk.Constructs.DynamoDb;
using PerfInfra.Cdk.Settings;
using PerfInfra.Cdk.Tests.Support;
using Match = Amazon.CDK.Assertions.Match;

namespace PerfInfra.Cdk.Tests.Constructs.DynamoDb;

[Collection(DefaultAppCollection.Name)]
public sealed class AutoScaledTableTests(DefaultApp app)
{
    private readonly Template _template = app.Platform;

    [Fact]
    public void Table_Always_HasTheStatusGsiForNonKeyQueries()
    {
        _template.HasResourceProperties("AWS::DynamoDB::Table", new Dictionary<string, object>
        {
            ["GlobalSecondaryIndexes"] = Match.ArrayWith([Match.ObjectLike(new Dictionary<string, object>
            {
                ["IndexName"] = AutoScaledTable.StatusIndexName,
            })]),
            ["PointInTimeRecoverySpecification"] = new Dictionary<string, object> { ["PointInTimeRecoveryEnabled"] = true },
        });
    }

    [Fact]
    public void Scaling_TableAndIndex_TrackTargetUtilization()
    {
        // Read and write, for the table and for the GSI.
        _template.ResourceCountIs("AWS::ApplicationAutoScaling::ScalableTarget", 4 + 1);
        _template.HasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", new Dictionary<string, object>
        {
            ["TargetTrackingScalingPolicyConfiguration"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["TargetValue"] = DynamoDbDefaults.TargetUtilizationPercent,
                ["PredefinedMetricSpecification"] = new Dictionary<string, object> { ["PredefinedMetricType"] = "DynamoDBReadCapacityUtilization" },
            }),
        });
    }
}
