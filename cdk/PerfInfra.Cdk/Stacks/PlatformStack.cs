using Amazon.CDK;
using Constructs;
using PerfInfra.Cdk.Constructs.Api;
using PerfInfra.Cdk.Constructs.Lambda;

namespace PerfInfra.Cdk.Stacks;

/// <summary>The reference platform's online side: functions and the API in front of them.</summary>
public sealed class PlatformStack : Stack
{
    public PlatformStack(Construct scope, string id, PlatformStackProps props)
        : base(scope, id, props)
    {
        Functions = new OptimizedFunctions(this, "Functions", new OptimizedFunctionsProps(props.Settings.Lambda, props.AssetsDirectory));
        Api = new OptimizedApi(this, "Api", new OptimizedApiProps(props.Settings.Api, Functions.ApiFunction, Functions.AuthAlias, DemoApiRoutes.All));
        _ = new CfnOutput(this, "ApiUrl", new CfnOutputProps { Value = Api.Api.Url, Description = "Base URL of the reference API" });
    }

    public OptimizedFunctions Functions { get; }

    public OptimizedApi Api { get; }
}
