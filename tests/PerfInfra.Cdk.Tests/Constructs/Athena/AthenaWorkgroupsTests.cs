using Amazon.CDK.Assertions;
using PerfInfra.Cdk.Settings;
using PerfInfra.Cdk.Tests.Support;
using Match = Amazon.CDK.Assertions.Match;

namespace PerfInfra.Cdk.Tests.Constructs.Athena;

[Collection(DefaultAppCollection.Name)]
public sealed class AthenaWorkgroupsTests(DefaultApp app)
{
    private readonly Template _template = app.Data;

    [Theory]
    [InlineData("perfinfra-simple", AthenaDefaults.SimpleBytesScannedCutoffBytes)]
    [InlineData("perfinfra-complex", AthenaDefaults.ComplexBytesScannedCutoffBytes)]
    public void WorkGroup_PerQueryClass_IsEngineV3EnforcedWithCutoffAndEncryptedResults(string name, long cutoffBytes)
    {
        _template.HasResourceProperties("AWS::Athena::WorkGroup", new Dictionary<string, object>
        {
            ["Name"] = name,
            ["WorkGroupConfiguration"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["EnforceWorkGroupConfiguration"] = true,
                ["EngineVersion"] = new Dictionary<string, object> { ["SelectedEngineVersion"] = "Athena engine version 3" },
                ["BytesScannedCutoffPerQuery"] = cutoffBytes,
                ["PublishCloudWatchMetricsEnabled"] = true,
                ["ResultConfiguration"] = Match.ObjectLike(new Dictionary<string, object>
                {
                    ["EncryptionConfiguration"] = new Dictionary<string, object> { ["EncryptionOption"] = "SSE_S3" },
                }),
            }),
        });
    }
}
