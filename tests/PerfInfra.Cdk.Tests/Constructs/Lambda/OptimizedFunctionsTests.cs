using Amazon.CDK.Assertions;
using PerfInfra.Cdk.Settings;
using PerfInfra.Cdk.Tests.Support;
using Match = Amazon.CDK.Assertions.Match;

namespace PerfInfra.Cdk.Tests.Constructs.Lambda;

[Collection(DefaultAppCollection.Name)]
public sealed class OptimizedFunctionsTests(DefaultApp app)
{
    private readonly Template _template = app.Platform;

    [Fact]
    public void MlFunction_Defaults_HasSeedMemoryReservedConcurrencyAndArm64()
    {
        _template.HasResourceProperties("AWS::Lambda::Function", new Dictionary<string, object>
        {
            ["MemorySize"] = LambdaDefaults.MlMemoryMb,
            ["Architectures"] = new[] { "arm64" },
            ["ReservedConcurrentExecutions"] = LambdaDefaults.MlReservedConcurrency,
            ["Timeout"] = LambdaDefaults.MlTimeoutSeconds,
        });
        Assert.Equal(4096, LambdaDefaults.MlMemoryMb);
    }

    [Fact]
    public void Functions_All_RunOnArm64WithTheSharedLayerAndOwnLogGroup()
    {
        _template.ResourceCountIs("AWS::Lambda::Function", 3);
        _template.AllResourcesProperties("AWS::Lambda::Function", new Dictionary<string, object>
        {
            ["Architectures"] = new[] { "arm64" },
            ["Layers"] = Match.AnyValue(),
            ["LoggingConfig"] = Match.ObjectLike(new Dictionary<string, object> { ["LogGroup"] = Match.AnyValue() }),
        });
        _template.ResourceCountIs("AWS::Lambda::LayerVersion", 1);
    }

    [Fact]
    public void AuthAlias_Defaults_HasProvisionedConcurrencyScaledOnUtilization()
    {
        _template.HasResourceProperties("AWS::Lambda::Alias", new Dictionary<string, object>
        {
            ["Name"] = "live",
            ["ProvisionedConcurrencyConfig"] = new Dictionary<string, object>
            {
                ["ProvisionedConcurrentExecutions"] = LambdaDefaults.AuthProvisionedConcurrencyMin,
            },
        });
        _template.HasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", new Dictionary<string, object>
        {
            ["ScalableDimension"] = "lambda:function:ProvisionedConcurrency",
            ["MinCapacity"] = LambdaDefaults.AuthProvisionedConcurrencyMin,
            ["MaxCapacity"] = LambdaDefaults.AuthProvisionedConcurrencyMax,
        });
        _template.HasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", new Dictionary<string, object>
        {
            ["TargetTrackingScalingPolicyConfiguration"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["TargetValue"] = LambdaDefaults.ProvisionedUtilizationTarget,
                ["PredefinedMetricSpecification"] = new Dictionary<string, object>
                {
                    ["PredefinedMetricType"] = "LambdaProvisionedConcurrencyUtilization",
                },
            }),
        });
    }

    [Fact]
    public void FunctionLogGroups_Defaults_KeepLogsThirtyDays()
    {
        _template.AllResourcesProperties("AWS::Logs::LogGroup", new Dictionary<string, object>
        {
            ["RetentionInDays"] = 30,
        });
    }
}
