using PerfInfra.Cdk.Constructs.Lambda;

namespace PerfInfra.Cdk.Constructs.LoadTesting;

/// <summary>
/// The platform's optimized functions as Lambda suite targets, each with an event it answers
/// successfully (a failed invocation is a failure, never a timing). The names are the scopes of
/// <c>lambda/&lt;name&gt;</c> thresholds.
/// </summary>
public static class LambdaSuiteTargets
{
    public const string DemoApiEvent = """{"httpMethod":"GET","resource":"/health","path":"/health","queryStringParameters":null}""";

    public const string AuthEvent = """{"type":"TOKEN","authorizationToken":"Bearer perfinfra-lambda-suite","methodArn":"arn:aws:execute-api:us-east-1:123456789012:perfinfra/prod/GET/health"}""";

    public const string MlEvent = """{"features":[1,2,3,4]}""";

    public static IReadOnlyList<LambdaSuiteTarget> Of(OptimizedFunctions functions) =>
    [
        new("demo-api", functions.ApiFunction, DemoApiEvent),
        new("auth", functions.AuthFunction, AuthEvent),
        new("ml-predictions", functions.MlFunction, MlEvent),
    ];
}
