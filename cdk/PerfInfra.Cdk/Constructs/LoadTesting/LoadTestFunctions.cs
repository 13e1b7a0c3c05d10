using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Logs;
using Constructs;
using PerfInfra.Cdk.Constructs.Security;
using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.LoadTesting;

/// <summary>
/// The five load-test functions, all the same Native AOT bootstrap on provided.al2023 told apart by
/// their handler (<c>_HANDLER</c>): plan, load-worker, aggregate, report, and collect (which turns the
/// Athena, pipeline and Lambda branches' AWS responses into measurements). The load-test config ships in
/// the same code package (<see cref="ConfigFileName"/>, with its Athena queries folder), so a config change is a deploy and every
/// function of a run reads the same file. Each has its own log group
/// with retention, active tracing, and a role that may only get and put the report bucket's objects and write its logs
/// (plan and the workers may also ssm:GetParameter the kill switch).
/// </summary>
public sealed class LoadTestFunctions : Construct
{
    public const string PlanHandler = "plan";
    public const string WorkerHandler = "load-worker";
    public const string AggregateHandler = "aggregate";
    public const string ReportHandler = "report";
    public const string CollectHandler = "collect";
    public const string ConfigFileName = "load-test-config.yaml";

    /// <summary>The bootstrap reads the kill switch's parameter name from this variable (LambdaSettings).</summary>
    public const string KillSwitchVariable = "KILL_SWITCH_PARAMETER";

    /// <summary>The preflight's expectations, JSON, on plan only (LambdaSettings).</summary>
    public const string PreflightExpectedVariable = "PREFLIGHT_EXPECTED";

    private readonly LoadTestFunctionsProps _props;
    private readonly Code _code;

    public LoadTestFunctions(Construct scope, string id, LoadTestFunctionsProps props)
        : base(scope, id)
    {
        _props = props;
        _code = BuildCode();
        Plan = BuildFunction("Plan", PlanHandler, props.Settings.PlanMemoryMb, props.Settings.PlanTimeoutSeconds, writes: false);
        Worker = BuildFunction("LoadWorker", WorkerHandler, props.Settings.WorkerMemoryMb, props.Settings.WorkerTimeoutSeconds, writes: true);
        AddKillSwitch(Plan);
        if (props.PreflightExpected is { } expected)
        {
            // camelCase, as the bootstrap's source-generated LambdaJsonContext reads it.
            Plan.AddEnvironment(PreflightExpectedVariable, System.Text.Json.JsonSerializer.Serialize(expected, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)));
        }

        AddKillSwitch(Worker);
        Aggregate = BuildFunction("Aggregate", AggregateHandler, props.Settings.ReportMemoryMb, props.Settings.ReportTimeoutSeconds, writes: true);
        Report = BuildFunction("Report", ReportHandler, props.Settings.ReportMemoryMb, props.Settings.ReportTimeoutSeconds, writes: true);
        Collect = BuildFunction("Collect", CollectHandler, props.Settings.ReportMemoryMb, props.Settings.ReportTimeoutSeconds, writes: true);
    }

    public Function Plan { get; }

    public Function Worker { get; }

    public Function Aggregate { get; }

    public Function Report { get; }

    /// <summary>The last step of the Athena, pipeline and Lambda branches: raw AWS responses → the suite's measurements.</summary>
    public Function Collect { get; }

    private Code BuildCode() => Code.FromAsset(_props.BootstrapDirectory, new Amazon.CDK.AWS.S3.Assets.AssetOptions
    {
        // The output's hash, not the source's: the source folder holds bin/ and obj/, and the binary is what ships.
        AssetHashType = AssetHashType.OUTPUT,
        Bundling = new BundlingOptions
        {
            // Never pulled: local bundling always succeeds or throws. CDK requires an image regardless.
            Image = DockerImage.FromRegistry("mcr.microsoft.com/dotnet/sdk:10.0"),
            Local = new AotBootstrapBundling(
                Path.Combine(_props.BootstrapDirectory, Path.GetFileName(_props.Settings.LambdaProjectPath)), _props.Settings.IsArm64, _props.ConfigPath, ConfigFileName,
                QueriesDirectory(), QueriesFolderName()),
        },
    });

    /// <summary>The config's Athena queries_dir, resolved next to the config file (null without an athena section).</summary>
    private string? QueriesDirectory() =>
        QueriesFolderName() is { } folder ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(_props.ConfigPath))!, folder) : null;

    private string? QueriesFolderName() =>
        File.Exists(_props.ConfigPath) ? PerfInfra.Engine.Config.ConfigLoader.LoadFile(_props.ConfigPath).Suites.Athena?.QueriesDirectory : null;

    private Function BuildFunction(string id, string handler, int memoryMb, int timeoutSeconds, bool writes)
    {
        var settings = _props.Settings;
        var logGroup = new LogGroup(this, id + "Logs", new LogGroupProps
        {
            Retention = LogRetentionPeriods.ForDays(settings.LogRetentionDays),
            RemovalPolicy = RemovalPolicy.DESTROY,
        });
        var role = new Role(this, id + "Role", new RoleProps
        {
            AssumedBy = new ServicePrincipal("lambda.amazonaws.com"),
            Description = $"PerfInfra load test {handler}: the report bucket and its own logs, nothing else",
        });
        logGroup.GrantWrite(role);
        GrantReportBucket(role, writes);

        var function = new Function(this, id, new FunctionProps
        {
            Runtime = Runtime.PROVIDED_AL2023,
            Architecture = settings.IsArm64 ? Architecture.ARM_64 : Architecture.X86_64,
            Handler = handler,
            Code = _code,
            MemorySize = memoryMb,
            Timeout = Duration.Seconds(timeoutSeconds),
            LogGroup = logGroup,
            Role = role,
            Tracing = Tracing.ACTIVE,
            Description = $"PerfInfra load test: {handler}",
            Environment = Environment(),
        });
        NagSuppressions.AddToResource(role.Node.FindChild("DefaultPolicy"), new NagSuppression("AwsSolutions-IAM5",
            "Active tracing needs xray:Put* on Resource * (no resource-level permissions); GetObject/PutObject on the report bucket's objects (bucket/*), whose keys are per run.",
            ["Resource::*", "/^Resource::<Reports[A-Za-z0-9]*\\.Arn>\\/\\*$/"]));
        return function;
    }

    /// <summary>
    /// The report bucket, exactly as the store uses it (S3ObjectStore: GetObject and PutObject, nothing else):
    /// CDK's GrantReadWrite would add Delete, Abort, tagging and retention actions no function needs.
    /// ListBucket is what makes a missing key a 404 (the store reads "no latest report yet" from it) instead of a 403.
    /// </summary>
    private void GrantReportBucket(Role role, bool writes)
    {
        var bucket = _props.ReportBucket;
        role.AddToPolicy(new PolicyStatement(new PolicyStatementProps { Actions = ["s3:ListBucket"], Resources = [bucket.BucketArn] }));
        role.AddToPolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = writes ? ["s3:GetObject", "s3:PutObject"] : ["s3:GetObject"],
            Resources = [bucket.ArnForObjects("*")],
        }));
    }

    /// <summary>The switch's name in the function's environment and ssm:GetParameter on it; only plan and the workers read it.</summary>
    private void AddKillSwitch(Function function)
    {
        function.AddEnvironment(KillSwitchVariable, _props.KillSwitch.Parameter.ParameterName);
        _props.KillSwitch.GrantRead(function);
    }

    private Dictionary<string, string> Environment()
    {
        var s = _props.Settings;
        return new Dictionary<string, string>
        {
            ["REPORT_BUCKET"] = _props.ReportBucket.BucketName,
            ["CONFIG_FILE"] = ConfigFileName,
            ["DEFAULT_PROFILE"] = s.DefaultProfile,
            ["USERS_PER_SHARD"] = Invariant(s.UsersPerShard),
            ["MAX_SHARDS"] = Invariant(s.MaxShards),
            ["WORKER_MEMORY_MB"] = Invariant(s.WorkerMemoryMb),
            ["PRICE_LAMBDA_GB_SECOND_USD"] = Invariant(s.PriceLambdaGbSecondUsd),
            ["PRICE_LAMBDA_MILLION_REQUESTS_USD"] = Invariant(s.PriceLambdaMillionRequestsUsd),
            ["PRICE_THOUSAND_TRANSITIONS_USD"] = Invariant(s.PriceThousandTransitionsUsd),
            ["PRICE_THOUSAND_S3_REQUESTS_USD"] = Invariant(s.PriceThousandS3RequestsUsd),
        };
    }

    private static string Invariant(IFormattable value) => value.ToString(null, System.Globalization.CultureInfo.InvariantCulture);
}
