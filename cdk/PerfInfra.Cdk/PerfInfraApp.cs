using Amazon.CDK;
using PerfInfra.Cdk.Constructs.Athena;
using PerfInfra.Cdk.Constructs.LoadTesting;
using PerfInfra.Cdk.Constructs.Monitoring;
using PerfInfra.Cdk.Settings;
using PerfInfra.Cdk.Stacks;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Cdk;

/// <summary>The app's stacks and how one's outputs feed the next one's props; shared by Program.cs and the tests.</summary>
public static class PerfInfraApp
{
    public const string NetworkStackName = "PerfInfra-Network";
    public const string PlatformStackName = "PerfInfra-Platform";
    public const string DataStackName = "PerfInfra-Data";
    public const string MonitoringStackName = "PerfInfra-Monitoring";
    public const string LoadTestStackName = "PerfInfra-LoadTest";

    public static AppStacks AddStacks(App app, PerfInfraSettings settings, IReadOnlyList<ThresholdDefinition> thresholds, string assetsDirectory)
    {
        // No Env anywhere: stacks stay environment-agnostic so synth needs no AWS account (DESIGN.md).
        var network = new NetworkStack(app, NetworkStackName, settings.Network, new StackProps
        {
            Description = "PerfInfra VPC shared by the reference platform and its data pipeline",
        });
        var platform = new PlatformStack(app, PlatformStackName, new PlatformStackProps
        {
            Settings = settings,
            AssetsDirectory = assetsDirectory,
            Vpc = network.Network.Vpc,
            Description = "PerfInfra reference platform: cached, throttled API; tuned Lambda; DynamoDB, Redis, CloudFront",
        });
        var data = new DataStack(app, DataStackName, new DataStackProps
        {
            Settings = settings,
            Vpc = network.Network.Vpc,
            JobImageContextDirectory = Path.GetFullPath(settings.Batch.JobImageContext),
            Description = "PerfInfra data pipeline: MySQL, DMS, data lake, Batch Parquet conversion, Athena workgroups",
        });
        var names = new MonitoredMetricNames(
            ApiName: platform.Api.ApiName,
            ApiStage: platform.Api.StageName,
            ApiFunctionName: platform.Functions.ApiFunction.FunctionName,
            ApiFunctionMemoryMb: platform.Functions.ApiFunctionMemoryMb,
            AthenaWorkGroupsByQueryClass: data.Athena.WorkGroupsByQueryClass,
            DmsReplicationInstanceId: DmsReplicationIdentifier,
            DmsReplicationTaskId: data.Dms.TaskResourceId,
            TestMetricsNamespace: settings.Monitoring.TestMetricsNamespace);
        var monitoring = new MonitoringStack(app, MonitoringStackName, new PerformanceAlarmsProps(
            settings.Monitoring,
            thresholds,
            new MonitoredResources(
                names,
                platform.Functions.ApiFunctionLogGroup,
                platform.Functions.AuthFunction.FunctionName,
                platform.Functions.AuthAlias.AliasName,
                data.Batch.Queue.JobQueueArn)),
            new StackProps { Description = "PerfInfra alarms: one per load-test threshold, plus operational alarms; SNS topic; dashboard" });
        var loadTest = new LoadTestStack(app, LoadTestStackName, new LoadTestStackProps
        {
            Settings = settings.LoadTest,
            StateMachineName = settings.Monitoring.TestStateMachineName,
            ConfigPath = Path.GetFullPath(settings.Monitoring.LoadTestConfigPath),
            BootstrapDirectory = Path.GetDirectoryName(Path.GetFullPath(settings.LoadTest.LambdaProjectPath))!,
            Pipeline = new PipelineSuiteTargets(
                data.Batch.Queue.JobQueueArn,
                data.Batch.JobDefinition.JobDefinitionArn,
                DmsReplicationIdentifier,
                data.Dms.TaskResourceId,
                data.Athena.WorkGroupsByQueryClass[AthenaQueryClass.Complex],
                data.Lake.DatabaseName,
                PipelineOrdersTable,
                data.Lake.CuratedBucket.BucketArn,
                data.Lake.QueryResultsBucket.BucketArn),
            Athena = new AthenaQueryTargets(
                data.Athena.WorkGroupsByQueryClass, data.Lake.DatabaseName, data.Lake.QueryResultsBucket.BucketArn, data.Lake.CuratedBucket.BucketArn),
            LambdaTargets = LambdaSuiteTargets.Of(platform.Functions),
            Preflight = new PreflightTargets(
                platform.Api.Api.RestApiId,
                platform.Api.StageName,
                new Dictionary<string, Amazon.CDK.AWS.Lambda.IFunction> { [DeployedOptimizations.AuthFunctionName] = platform.Functions.AuthFunction },
                DeployedOptimizations.Expectations(settings, Constructs.Api.DemoApiRoutes.All, platform.Functions.AuthAlias.AliasName, data.Athena.WorkGroupsByQueryClass)),
            Description = "PerfInfra serverless load tests: Step Functions fans the shards out to Native AOT Lambda workers; reports in S3",
        });
        return new AppStacks(network, platform, data, monitoring, loadTest);
    }

    /// <summary>The curated table the pipeline suite's Batch job writes its orders into (CuratedTables).</summary>
    private const string PipelineOrdersTable = "orders";

    private const string DmsReplicationIdentifier = Constructs.Dms.DmsReplication.ReplicationInstanceIdentifier;
}
