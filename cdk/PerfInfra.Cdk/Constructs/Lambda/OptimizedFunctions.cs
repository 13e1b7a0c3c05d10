using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Logs;
using Constructs;
using PerfInfra.Cdk.Constructs.Security;
using PerfInfra.Cdk.Settings;
using ScalingSchedule = Amazon.CDK.AWS.ApplicationAutoScaling.ScalingSchedule;
using Schedule = Amazon.CDK.AWS.ApplicationAutoScaling.Schedule;

namespace PerfInfra.Cdk.Constructs.Lambda;

/// <summary>
/// The reference platform's functions, each sized for its class: the demo API (memory for CPU), the
/// auth function (provisioned concurrency on its <c>live</c> alias, scaled on utilization and optionally
/// on a business-hours schedule) and the ML function (4 GB, reserved concurrency that protects the stores
/// behind it). All run on arm64, share one layer, log to a group with retention, and have a role that
/// may write only to their own log group.
/// </summary>
public sealed class OptimizedFunctions : Construct
{
    private const string AuthAliasName = "live";

    // Node 24 is the newest Lambda runtime cdk-nag knows; CDK 2.160 predates it, hence the explicit name.
    private static readonly Runtime NodeRuntime = new("nodejs24.x", RuntimeFamily.NODEJS);

    private readonly LambdaSettings _settings;
    private readonly string _assets;
    private readonly LayerVersion _sharedLayer;

    public OptimizedFunctions(Construct scope, string id, OptimizedFunctionsProps props)
        : base(scope, id)
    {
        _settings = props.Settings;
        _assets = props.AssetsDirectory;
        _sharedLayer = BuildSharedLayer();
        (ApiFunction, ApiFunctionLogGroup) = BuildFunction("DemoApi", "demo-api", _settings.ApiMemoryMb, _settings.ApiTimeoutSeconds);
        ApiFunctionMemoryMb = _settings.ApiMemoryMb;
        (AuthFunction, _) = BuildFunction("Auth", "auth", _settings.AuthMemoryMb, _settings.AuthTimeoutSeconds);
        AuthAlias = AddProvisionedConcurrency(AuthFunction);
        (MlFunction, _) = BuildFunction("MlPredictions", "ml-predictions", _settings.MlMemoryMb, _settings.MlTimeoutSeconds,
            reservedConcurrency: _settings.MlReservedConcurrency > 0 ? _settings.MlReservedConcurrency : null);
    }

    public Function ApiFunction { get; }

    public ILogGroup ApiFunctionLogGroup { get; }

    public int ApiFunctionMemoryMb { get; }

    public Function AuthFunction { get; }

    /// <summary>Callers (the API's authorizer) must invoke this alias: provisioned concurrency lives on it, not on $LATEST.</summary>
    public Alias AuthAlias { get; }

    public Function MlFunction { get; }

    private LayerVersion BuildSharedLayer() => new(this, "SharedLayer", new LayerVersionProps
    {
        Code = Code.FromAsset(Path.Combine(_assets, "shared-layer")),
        CompatibleRuntimes = [NodeRuntime],
        CompatibleArchitectures = [Architecture.ARM_64, Architecture.X86_64],
        Description = "PerfInfra shared helpers: JSON responses, keep-alive HTTP agent",
    });

    private (Function Function, ILogGroup LogGroup) BuildFunction(
        string id, string folder, int memoryMb, int timeoutSeconds, int? reservedConcurrency = null)
    {
        var logGroup = new LogGroup(this, id + "Logs", new LogGroupProps
        {
            Retention = LogRetentionPeriods.ForDays(_settings.LogRetentionDays),
            RemovalPolicy = RemovalPolicy.DESTROY,
        });
        var role = new Role(this, id + "Role", new RoleProps
        {
            AssumedBy = new ServicePrincipal("lambda.amazonaws.com"),
            Description = $"PerfInfra {folder}: write its own logs, nothing else",
        });
        logGroup.GrantWrite(role);

        var function = new Function(this, id, new FunctionProps
        {
            Runtime = NodeRuntime,
            Architecture = _settings.UseArm64 ? Architecture.ARM_64 : Architecture.X86_64,
            Handler = "index.handler",
            Code = Code.FromAsset(Path.Combine(_assets, "functions", folder)),
            MemorySize = memoryMb,
            Timeout = Duration.Seconds(timeoutSeconds),
            Layers = [_sharedLayer],
            LogGroup = logGroup,
            Role = role,
            ReservedConcurrentExecutions = reservedConcurrency,
            Tracing = Tracing.ACTIVE,
            Environment = new Dictionary<string, string>
            {
                // SDK v3 reuses connections by default; v2-era code in the layer reads this flag.
                ["AWS_NODEJS_CONNECTION_REUSE_ENABLED"] = "1",
            },
        });
        NagSuppressions.AddToResource(role.Node.FindChild("DefaultPolicy"), new NagSuppression("AwsSolutions-IAM5",
            "Active tracing: xray:PutTraceSegments and PutTelemetryRecords have no resource-level permissions, so AWS requires Resource *.",
            ["Resource::*"]));
        return (function, logGroup);
    }

    private Alias AddProvisionedConcurrency(Function function)
    {
        var alias = new Alias(this, "AuthLiveAlias", new AliasProps
        {
            AliasName = AuthAliasName,
            Version = function.CurrentVersion,
            ProvisionedConcurrentExecutions = _settings.AuthProvisionedConcurrencyMin,
        });
        var scaling = alias.AddAutoScaling(new AutoScalingOptions
        {
            MinCapacity = _settings.AuthProvisionedConcurrencyMin,
            MaxCapacity = _settings.AuthProvisionedConcurrencyMax,
        });
        scaling.ScaleOnUtilization(new UtilizationScalingOptions
        {
            UtilizationTarget = _settings.ProvisionedUtilizationTarget,
        });
        if (_settings.ProvisionedScheduleEnabled)
        {
            scaling.ScaleOnSchedule("BusinessHoursStart", new ScalingSchedule
            {
                Schedule = Schedule.Expression($"cron({_settings.BusinessHoursStartCron})"),
                MinCapacity = _settings.BusinessHoursProvisionedConcurrencyMin,
            });
            scaling.ScaleOnSchedule("BusinessHoursEnd", new ScalingSchedule
            {
                Schedule = Schedule.Expression($"cron({_settings.BusinessHoursEndCron})"),
                MinCapacity = _settings.AuthProvisionedConcurrencyMin,
            });
        }

        return alias;
    }
}
