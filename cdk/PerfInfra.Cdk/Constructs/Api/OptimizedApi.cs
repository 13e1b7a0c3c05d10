using Amazon.CDK;
using Amazon.CDK.AWS.APIGateway;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Logs;
using Constructs;
using PerfInfra.Cdk.Constructs.Security;
using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.Api;

/// <summary>
/// A REST API with the seed's API Gateway optimizations: an encrypted 0.5 GB stage cache with a 300 s
/// default TTL, per-method TTLs by cache class (writes never cached), cache keys per route, throttling
/// of 5000 burst / 2000 rps stage-wide and per method, compression from 1 KiB, JSON access logs with
/// latency fields, X-Ray tracing, request validation and a cached token authorizer on every method.
/// </summary>
public sealed class OptimizedApi : Construct
{
    private readonly ApiSettings _settings;

    public OptimizedApi(Construct scope, string id, OptimizedApiProps props)
        : base(scope, id)
    {
        _settings = props.Settings;
        var accessLogs = BuildAccessLogGroup();
        Api = BuildRestApi(accessLogs, props.Routes);
        var authorizer = BuildAuthorizer(props.Authorizer);
        var validator = BuildRequestValidator();
        AddRoutes(props.Routes, props.Handler, authorizer, validator);
        SuppressAcceptedFindings();
    }

    public RestApi Api { get; }

    /// <summary>The <c>ApiName</c> dimension of the AWS/ApiGateway metrics.</summary>
    public string ApiName => Api.RestApiName;

    public string StageName => _settings.StageName;

    private LogGroup BuildAccessLogGroup() => new(this, "AccessLogs", new LogGroupProps
    {
        Retention = LogRetentionPeriods.ForDays(_settings.AccessLogRetentionDays),
        RemovalPolicy = RemovalPolicy.DESTROY,
    });

    private RestApi BuildRestApi(LogGroup accessLogs, IReadOnlyList<ApiRoute> routes) => new(this, "RestApi", new RestApiProps
    {
        // The ApiName dimension of every API Gateway metric the alarms read.
        RestApiName = Stack.Of(this).StackName + "-api",
        Description = "PerfInfra reference API (demo e-commerce platform)",
        EndpointConfiguration = new EndpointConfiguration { Types = [EndpointType.REGIONAL] },
        MinCompressionSize = Size.Bytes(_settings.MinimumCompressionSizeBytes),
        CloudWatchRole = true,
        CloudWatchRoleRemovalPolicy = RemovalPolicy.DESTROY,
        DeployOptions = new StageOptions
        {
            StageName = _settings.StageName,
            CacheClusterEnabled = true,
            CacheClusterSize = _settings.CacheClusterSizeGb,
            CachingEnabled = true,
            CacheDataEncrypted = true,
            CacheTtl = Duration.Seconds(_settings.CacheTtlSeconds),
            ThrottlingBurstLimit = _settings.ThrottleBurstLimit,
            ThrottlingRateLimit = _settings.ThrottleRateLimitPerSecond,
            MetricsEnabled = true,
            TracingEnabled = true,
            LoggingLevel = MethodLoggingLevel.ERROR,
            // Request/response bodies in logs would leak tokens and PII.
            DataTraceEnabled = false,
            AccessLogDestination = new LogGroupLogDestination(accessLogs),
            AccessLogFormat = AccessLogFormat.JsonWithStandardFields(new JsonWithStandardFieldProps
            {
                Caller = true, HttpMethod = true, Ip = true, Protocol = true, RequestTime = true,
                ResourcePath = true, ResponseLength = true, Status = true, User = true,
            }),
            MethodOptions = BuildMethodOptions(routes),
        },
    });

    /// <summary>Stage method settings keyed "/path/METHOD" (API Gateway's own key format).</summary>
    private Dictionary<string, IMethodDeploymentOptions> BuildMethodOptions(IReadOnlyList<ApiRoute> routes) =>
        routes.ToDictionary(
            r => r.Path + "/" + r.HttpMethod,
            r => (IMethodDeploymentOptions)new MethodDeploymentOptions
            {
                CachingEnabled = r.CacheClass != CacheTtlClass.NoCache,
                CacheTtl = CacheTtlSecondsOf(_settings, r.CacheClass) is { } ttl ? Duration.Seconds(ttl) : null,
                CacheDataEncrypted = true,
                ThrottlingBurstLimit = _settings.ThrottleBurstLimit,
                ThrottlingRateLimit = _settings.ThrottleRateLimitPerSecond,
                MetricsEnabled = true,
                LoggingLevel = MethodLoggingLevel.ERROR,
                DataTraceEnabled = false,
            });

    /// <summary>A cache class's TTL in seconds; null: never cached. The preflight expects the same values.</summary>
    public static int? CacheTtlSecondsOf(ApiSettings settings, CacheTtlClass cacheClass) => cacheClass switch
    {
        CacheTtlClass.Static => settings.StaticCacheTtlSeconds,
        CacheTtlClass.SemiStatic => settings.SemiStaticCacheTtlSeconds,
        CacheTtlClass.Dynamic => settings.DynamicCacheTtlSeconds,
        _ => null,
    };

    private TokenAuthorizer BuildAuthorizer(IFunction authorizer) => new(this, "TokenAuthorizer", new TokenAuthorizerProps
    {
        Handler = authorizer,
        // Reuse a decision for the semi-static TTL: most requests then skip the authorizer entirely.
        ResultsCacheTtl = Duration.Seconds(_settings.SemiStaticCacheTtlSeconds),
    });

    private RequestValidator BuildRequestValidator() => new(this, "RequestValidator", new RequestValidatorProps
    {
        RestApi = Api,
        ValidateRequestBody = true,
        ValidateRequestParameters = true,
    });

    private void AddRoutes(IReadOnlyList<ApiRoute> routes, IFunction handler, IAuthorizer authorizer, IRequestValidator validator)
    {
        foreach (var route in routes)
        {
            var resource = Api.Root.ResourceForPath(route.Path);
            var integration = new LambdaIntegration(handler, new LambdaIntegrationOptions
            {
                CacheKeyParameters = route.CacheKeyParameters.ToArray(),
            });
            resource.AddMethod(route.HttpMethod, integration, new MethodOptions
            {
                Authorizer = authorizer,
                AuthorizationType = AuthorizationType.CUSTOM,
                RequestValidator = validator,
                // A cache key parameter must be declared on the method request (false = optional).
                RequestParameters = route.CacheKeyParameters.ToDictionary(p => p, p => p.StartsWith("method.request.path.", StringComparison.Ordinal)),
            });
        }
    }

    private void SuppressAcceptedFindings()
    {
        NagSuppressions.AddToResource(Api.DeploymentStage, new NagSuppression("AwsSolutions-APIG3",
            "No WAF on the reference API: it serves synthetic data and stage plus method throttling bound abuse; adopters put their own web ACL in front."));
        foreach (var method in Api.Methods)
        {
            NagSuppressions.AddToResource(method, new NagSuppression("AwsSolutions-COG4",
                "Every method uses the Lambda token authorizer (the seed's provisioned-concurrency auth function) instead of a Cognito user pool."));
        }

        var cloudWatchRole = Api.Node.TryFindChild("CloudWatchRole")
            ?? throw new InvalidOperationException("RestApi no longer creates a CloudWatchRole child; revisit the IAM4 suppression.");
        NagSuppressions.AddToResource(cloudWatchRole, new NagSuppression("AwsSolutions-IAM4",
            "API Gateway's account-level logging role needs AmazonAPIGatewayPushToCloudWatchLogs, AWS's policy for exactly that job.",
            ["Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs"]));
    }
}
