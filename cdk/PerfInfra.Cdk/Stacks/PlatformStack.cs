using Amazon.CDK;
using Constructs;
using PerfInfra.Cdk.Constructs.Api;
using PerfInfra.Cdk.Constructs.Cdn;
using PerfInfra.Cdk.Constructs.DynamoDb;
using PerfInfra.Cdk.Constructs.Lambda;
using PerfInfra.Cdk.Constructs.Redis;
using PerfInfra.Cdk.Constructs.Security;

namespace PerfInfra.Cdk.Stacks;

/// <summary>The reference platform's online side: functions, the API, the orders table, Redis and the CDN.</summary>
public sealed class PlatformStack : Stack
{
    public PlatformStack(Construct scope, string id, PlatformStackProps props)
        : base(scope, id, props)
    {
        var settings = props.Settings;
        Functions = new OptimizedFunctions(this, "Functions", new OptimizedFunctionsProps(settings.Lambda, props.AssetsDirectory));
        Api = new OptimizedApi(this, "Api", new OptimizedApiProps(settings.Api, Functions.ApiFunction, Functions.AuthAlias, DemoApiRoutes.All));
        Table = new AutoScaledTable(this, "Orders", new AutoScaledTableProps(settings.DynamoDb));
        Redis = new RedisCache(this, "Redis", new RedisCacheProps(settings.Redis, props.Vpc));
        var logs = new SecureBucket(this, "AccessLogs", new SecureBucketProps(null, AllowAclsForCloudFrontLogs: true)).Bucket;
        Cdn = new FrontendDistribution(this, "Frontend", new FrontendDistributionProps(settings.Cdn, logs));

        _ = new CfnOutput(this, "ApiUrl", new CfnOutputProps { Value = Api.Api.Url, Description = "Base URL of the reference API" });
        _ = new CfnOutput(this, "FrontendDomain", new CfnOutputProps { Value = Cdn.Distribution.DistributionDomainName });
    }

    public OptimizedFunctions Functions { get; }

    public OptimizedApi Api { get; }

    public AutoScaledTable Table { get; }

    public RedisCache Redis { get; }

    public FrontendDistribution Cdn { get; }
}
