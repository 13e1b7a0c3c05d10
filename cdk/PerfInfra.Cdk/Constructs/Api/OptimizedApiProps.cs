using Amazon.CDK.AWS.Lambda;
using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.Api;

/// <param name="Handler">The function behind every route (Lambda proxy integration).</param>
/// <param name="Authorizer">The token authorizer; pass the provisioned-concurrency alias, not the function.</param>
/// <param name="Routes">Methods and their cache classes; <see cref="DemoApiRoutes.All"/> for the reference platform.</param>
public sealed record OptimizedApiProps(ApiSettings Settings, IFunction Handler, IFunction Authorizer, IReadOnlyList<ApiRoute> Routes);
