using Amazon.CDK.Assertions;
using PerfInfra.Cdk.Tests.Support;
using Match = Amazon.CDK.Assertions.Match;

namespace PerfInfra.Cdk.Tests.Constructs.Redis;

[Collection(DefaultAppCollection.Name)]
public sealed class RedisCacheTests(DefaultApp app)
{
    [Fact]
    public void ReplicationGroup_Always_IsEncryptedMultiAzWithSecretAuthToken()
    {
        app.Platform.HasResourceProperties("AWS::ElastiCache::ReplicationGroup", new Dictionary<string, object>
        {
            ["TransitEncryptionEnabled"] = true,
            ["AtRestEncryptionEnabled"] = true,
            ["MultiAZEnabled"] = true,
            ["AutomaticFailoverEnabled"] = true,
            ["NumCacheClusters"] = 2,
            // A dynamic reference, resolved by CloudFormation: the token never appears in the template.
            ["AuthToken"] = Match.ObjectLike(new Dictionary<string, object> { ["Fn::Join"] = Match.AnyValue() }),
        });
    }
}
