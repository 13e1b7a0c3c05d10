using System.Text.Json;
using Amazon.CDK.Assertions;
using PerfInfra.Cdk.Constructs.Dms;
using PerfInfra.Cdk.Settings;
using PerfInfra.Cdk.Tests.Support;
using Match = Amazon.CDK.Assertions.Match;

namespace PerfInfra.Cdk.Tests.Constructs.Dms;

[Collection(DefaultAppCollection.Name)]
public sealed class DmsReplicationTests(DefaultApp app)
{
    private readonly Template _template = app.Data;

    [Fact]
    public void ReplicationInstance_Defaults_IsSeedSizedMultiAzAndPrivate()
    {
        _template.HasResourceProperties("AWS::DMS::ReplicationInstance", new Dictionary<string, object>
        {
            ["ReplicationInstanceClass"] = "dms.c5.2xlarge",
            ["AllocatedStorage"] = 200,
            ["MultiAZ"] = true,
            ["PubliclyAccessible"] = false,
        });
    }

    [Fact]
    public void SourceEndpoint_Always_ReadsCredentialsFromSecretsManager()
    {
        _template.HasResourceProperties("AWS::DMS::Endpoint", new Dictionary<string, object>
        {
            ["EndpointType"] = "source",
            ["EngineName"] = "mysql",
            ["Password"] = Match.Absent(),
            ["Username"] = Match.Absent(),
            ["MySqlSettings"] = new Dictionary<string, object>
            {
                ["SecretsManagerSecretId"] = Match.AnyValue(),
                ["SecretsManagerAccessRoleArn"] = Match.AnyValue(),
            },
        });
    }

    [Fact]
    public void TaskSettings_Defaults_CarryTheTunedValues()
    {
        using var settings = JsonDocument.Parse(DmsTaskSettingsDocument.Build(new DmsSettings()));
        var root = settings.RootElement;
        Assert.True(root.GetProperty("TargetMetadata").GetProperty("BatchApplyEnabled").GetBoolean());
        Assert.Equal(DmsDefaults.ParallelLoadThreads, root.GetProperty("TargetMetadata").GetProperty("ParallelLoadThreads").GetInt32());
        Assert.True(root.GetProperty("TargetMetadata").GetProperty("LimitedSizeLobMode").GetBoolean());
        Assert.Equal(DmsDefaults.CommitRate, root.GetProperty("FullLoadSettings").GetProperty("CommitRate").GetInt32());
        _template.HasResourceProperties("AWS::DMS::ReplicationTask", new Dictionary<string, object>
        {
            ["MigrationType"] = "full-load-and-cdc",
            ["ReplicationTaskSettings"] = DmsTaskSettingsDocument.Build(new DmsSettings()),
        });
    }
}
