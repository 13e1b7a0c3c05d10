using Amazon.CDK.Assertions;
using PerfInfra.Cdk.Tests.Support;
using Match = Amazon.CDK.Assertions.Match;

namespace PerfInfra.Cdk.Tests.Constructs.Cdn;

[Collection(DefaultAppCollection.Name)]
public sealed class FrontendDistributionTests(DefaultApp app)
{
    [Fact]
    public void Distribution_Always_CompressesOverHttpsThroughOriginAccessControl()
    {
        app.Platform.ResourceCountIs("AWS::CloudFront::OriginAccessControl", 1);
        app.Platform.HasResourceProperties("AWS::CloudFront::Distribution", new Dictionary<string, object>
        {
            ["DistributionConfig"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["DefaultCacheBehavior"] = Match.ObjectLike(new Dictionary<string, object>
                {
                    ["Compress"] = true,
                    ["ViewerProtocolPolicy"] = "redirect-to-https",
                }),
                ["CacheBehaviors"] = Match.ArrayWith([Match.ObjectLike(new Dictionary<string, object>
                {
                    ["PathPattern"] = "/static/*",
                    ["Compress"] = true,
                })]),
                ["Logging"] = Match.AnyValue(),
            }),
        });
    }
}
