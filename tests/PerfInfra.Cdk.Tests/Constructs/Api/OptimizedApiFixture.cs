using Amazon.CDK.Assertions;
using Amazon.CDK.AWS.Lambda;
using PerfInfra.Cdk.Constructs.Api;
using PerfInfra.Cdk.Settings;
using PerfInfra.Cdk.Tests.Support;

namespace PerfInfra.Cdk.Tests.Constructs.Api;

/// <summary>The API construct alone, with stand-in functions, synthesized once for its test class.</summary>
public sealed class OptimizedApiFixture
{
    public Template Template { get; } = TestStacks.Synthesize(stack =>
    {
        var handler = new Function(stack, "Handler", new FunctionProps
        {
            Runtime = Runtime.NODEJS_20_X, Handler = "index.handler", Code = Code.FromInline("exports.handler=async()=>({})"),
        });
        var auth = new Function(stack, "Auth", new FunctionProps
        {
            Runtime = Runtime.NODEJS_20_X, Handler = "index.handler", Code = Code.FromInline("exports.handler=async()=>({})"),
        });
        _ = new OptimizedApi(stack, "Api", new OptimizedApiProps(new ApiSettings(), handler, auth, DemoApiRoutes.All));
    });
}
