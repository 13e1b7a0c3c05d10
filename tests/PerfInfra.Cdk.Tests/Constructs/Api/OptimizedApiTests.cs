using Amazon.CDK.Assertions;
using Amazon.CDK.AWS.Lambda;
using PerfInfra.Cdk.Constructs.Api;
using PerfInfra.Cdk.Settings;
using PerfInfra.Cdk.Tests.Support;
using Match = Amazon.CDK.Assertions.Match;

namespace PerfInfra.Cdk.Tests.Constructs.Api;

public sealed class OptimizedApiTests(OptimizedApiFixture fixture) : IClassFixture<OptimizedApiFixture>
{
    private readonly Template _template = fixture.Template;

    [Fact]
    public void Stage_Defaults_HaveSeedCacheClusterEncryptionAndTtl()
    {
        _template.HasResourceProperties("AWS::ApiGateway::Stage", new Dictionary<string, object>
        {
            ["CacheClusterEnabled"] = true,
            ["CacheClusterSize"] = ApiDefaults.CacheClusterSizeGb,
            ["MethodSettings"] = Match.ArrayWith([Match.ObjectLike(new Dictionary<string, object>
            {
                ["HttpMethod"] = "*",
                ["ResourcePath"] = "/*",
                ["CachingEnabled"] = true,
                ["CacheDataEncrypted"] = true,
                ["CacheTtlInSeconds"] = 300,
                ["ThrottlingBurstLimit"] = 5000,
                ["ThrottlingRateLimit"] = 2000,
            })]),
        });
    }

    [Theory]
    [InlineData("/~1categories", "GET", 3600)]
    [InlineData("/~1products", "GET", 300)]
    [InlineData("/~1products~1{id}", "GET", 300)]
    [InlineData("/~1recommendations", "GET", 30)]
    public void MethodSettings_ReadRoutes_UseTheirCacheClassTtlAndPerMethodThrottling(string resourcePath, string method, int ttlSeconds)
    {
        _template.HasResourceProperties("AWS::ApiGateway::Stage", new Dictionary<string, object>
        {
            ["MethodSettings"] = Match.ArrayWith([Match.ObjectLike(new Dictionary<string, object>
            {
                ["HttpMethod"] = method,
                ["ResourcePath"] = resourcePath,
                ["CachingEnabled"] = true,
                ["CacheTtlInSeconds"] = ttlSeconds,
                ["ThrottlingBurstLimit"] = 5000,
                ["ThrottlingRateLimit"] = 2000,
            })]),
        });
    }

    [Fact]
    public void MethodSettings_Writes_AreNeverCached()
    {
        _template.HasResourceProperties("AWS::ApiGateway::Stage", new Dictionary<string, object>
        {
            ["MethodSettings"] = Match.ArrayWith([Match.ObjectLike(new Dictionary<string, object>
            {
                ["HttpMethod"] = "POST",
                ["ResourcePath"] = "/~1orders",
                ["CachingEnabled"] = false,
            })]),
        });
    }

    [Fact]
    public void RestApi_Defaults_CompressFromOneKibibyte()
    {
        _template.HasResourceProperties("AWS::ApiGateway::RestApi", new Dictionary<string, object>
        {
            ["MinimumCompressionSize"] = 1024,
        });
    }

    [Fact]
    public void Stage_Always_WritesJsonAccessLogs()
    {
        _template.HasResourceProperties("AWS::ApiGateway::Stage", new Dictionary<string, object>
        {
            ["AccessLogSetting"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["DestinationArn"] = Match.AnyValue(),
                ["Format"] = Match.StringLikeRegexp("requestId"),
            }),
            ["TracingEnabled"] = true,
        });
    }

    [Fact]
    public void ProductsMethod_CacheKey_IncludesCategoryAndPage()
    {
        _template.HasResourceProperties("AWS::ApiGateway::Method", new Dictionary<string, object>
        {
            ["HttpMethod"] = "GET",
            ["AuthorizationType"] = "CUSTOM",
            ["RequestParameters"] = new Dictionary<string, object>
            {
                ["method.request.querystring.category"] = false,
                ["method.request.querystring.page"] = false,
            },
            ["Integration"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["CacheKeyParameters"] = new[] { "method.request.querystring.category", "method.request.querystring.page" },
            }),
        });
    }

    [Fact]
    public void Methods_All_RequireTheTokenAuthorizer()
    {
        var methods = _template.FindResources("AWS::ApiGateway::Method");
        Assert.Equal(DemoApiRoutes.All.Count, methods.Count);
        _template.AllResourcesProperties("AWS::ApiGateway::Method", new Dictionary<string, object>
        {
            ["AuthorizationType"] = "CUSTOM",
            ["AuthorizerId"] = Match.AnyValue(),
        });
    }
}
