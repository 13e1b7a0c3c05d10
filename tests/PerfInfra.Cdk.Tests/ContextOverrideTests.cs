using Amazon.CDK.Assertions;
using PerfInfra.Cdk.Settings;
using PerfInfra.Cdk.Tests.Support;
using Match = Amazon.CDK.Assertions.Match;

namespace PerfInfra.Cdk.Tests;

/// <summary>Proves that context reaches the templates through the one settings reader.</summary>
public sealed class ContextOverrideTests(OverriddenApp app) : IClassFixture<OverriddenApp>
{
    [Fact]
    public void ApiOverrides_ReachTheStage()
    {
        app.Platform.HasResourceProperties("AWS::ApiGateway::Stage", new Dictionary<string, object>
        {
            ["MethodSettings"] = Match.ArrayWith([
                Match.ObjectLike(new Dictionary<string, object> { ["ResourcePath"] = "/*", ["ThrottlingBurstLimit"] = 3000 }),
                Match.ObjectLike(new Dictionary<string, object> { ["ResourcePath"] = "/~1categories", ["CacheTtlInSeconds"] = 1800 }),
            ]),
        });
    }

    [Fact]
    public void LambdaOverrides_ReachTheMlFunction_ZeroReservedConcurrencyMeansNone()
    {
        app.Platform.HasResourceProperties("AWS::Lambda::Function", new Dictionary<string, object>
        {
            ["MemorySize"] = 3008,
            ["ReservedConcurrentExecutions"] = Match.Absent(),
        });
    }

    [Fact]
    public void DataOverrides_ReachDmsAndBatch()
    {
        app.Data.HasResourceProperties("AWS::DMS::ReplicationInstance", new Dictionary<string, object> { ["ReplicationInstanceClass"] = "dms.c5.xlarge" });
        app.Data.HasResourceProperties("AWS::Batch::ComputeEnvironment", new Dictionary<string, object>
        {
            ["ComputeResources"] = Match.ObjectLike(new Dictionary<string, object> { ["MaxvCpus"] = 32 }),
        });
    }

    [Fact]
    public void BatchJobImageOverride_RunsTheRegistryImageInsteadOfTheAsset()
    {
        app.Data.HasResourceProperties("AWS::Batch::JobDefinition", new Dictionary<string, object>
        {
            ["ContainerProperties"] = Match.ObjectLike(new Dictionary<string, object> { ["Image"] = OverriddenApp.JobImage }),
        });
        // Nothing for `cdk deploy` to build with Docker.
        Assert.All(Directory.GetFiles(app.AssemblyDirectory, "*.assets.json"), manifest =>
        {
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(manifest));
            Assert.Empty(json.RootElement.TryGetProperty("dockerImages", out var images) ? images.EnumerateObject() : []);
        });
    }

    [Fact]
    public void ScheduleOverride_AddsBusinessHoursScaling()
    {
        app.Platform.HasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", new Dictionary<string, object>
        {
            ["ScalableDimension"] = "lambda:function:ProvisionedConcurrency",
            ["ScheduledActions"] = Match.ArrayWith([Match.ObjectLike(new Dictionary<string, object>
            {
                ["Schedule"] = $"cron({LambdaDefaults.BusinessHoursStartCron})",
                ["ScalableTargetAction"] = new Dictionary<string, object> { ["MinCapacity"] = LambdaDefaults.BusinessHoursProvisionedConcurrencyMin },
            })]),
        });
    }

    [Fact]
    public void DmsSourceOverride_ReplicatesTheExternalDatabase()
    {
        app.Data.HasResourceProperties("AWS::DMS::Endpoint", new Dictionary<string, object>
        {
            ["EndpointType"] = "source",
            ["MySqlSettings"] = Match.ObjectLike(new Dictionary<string, object> { ["SecretsManagerSecretId"] = OverriddenApp.ExternalSourceSecretArn }),
        });
    }
}
