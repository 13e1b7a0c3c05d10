using Amazon.CDK;
using Amazon.CDK.AWS.Batch;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.ECS;
using Amazon.CDK.AWS.IAM;
using Constructs;
using PerfInfra.Cdk.Constructs.Security;
using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.Batch;

/// <summary>
/// AWS Batch for the pipeline's Parquet conversion (seed: "4-64 vCPUs, c5.2xlarge/4xlarge"): a managed
/// EC2 compute environment in private subnets that scales between the vCPU bounds on exactly those
/// instance types (optimal classes off), a job queue, and a job definition sized for one c5.2xlarge.
/// Allocation: BEST_FIT_PROGRESSIVE on demand (cheapest type that fits, then the next); with Spot,
/// SPOT_PRICE_CAPACITY_OPTIMIZED (pools least likely to be interrupted, then cheapest) — Spot saves up
/// to ~70 % but an interruption restarts a job, which the retry attempts absorb.
/// </summary>
public sealed class BatchProcessing : Construct
{
    private readonly BatchSettings _settings;

    public BatchProcessing(Construct scope, string id, BatchProcessingProps props)
        : base(scope, id)
    {
        _settings = props.Settings;
        var computeEnvironment = BuildComputeEnvironment(props.Vpc);
        Queue = new JobQueue(this, "Queue", new JobQueueProps
        {
            Priority = 1,
            ComputeEnvironments = [new OrderedComputeEnvironment { ComputeEnvironment = computeEnvironment, Order = 1 }],
        });
        JobDefinition = BuildParquetConversionJob(props);
    }

    public JobQueue Queue { get; }

    public EcsJobDefinition JobDefinition { get; }

    private ManagedEc2EcsComputeEnvironment BuildComputeEnvironment(IVpc vpc)
    {
        var environment = new ManagedEc2EcsComputeEnvironment(this, "Compute", new ManagedEc2EcsComputeEnvironmentProps
        {
            Vpc = vpc,
            VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PRIVATE_WITH_EGRESS },
            MinvCpus = _settings.MinVcpus,
            MaxvCpus = _settings.MaxVcpus,
            InstanceTypes = _settings.InstanceTypes.Select(t => new Amazon.CDK.AWS.EC2.InstanceType(t)).ToArray(),
            UseOptimalInstanceClasses = false,
            Spot = _settings.UseSpot,
            AllocationStrategy = _settings.UseSpot ? AllocationStrategy.SPOT_PRICE_CAPACITY_OPTIMIZED : AllocationStrategy.BEST_FIT_PROGRESSIVE,
        });
        NagSuppressions.AddToTree(environment, new NagSuppression("AwsSolutions-IAM4",
            "Batch's ECS container instances need AmazonEC2ContainerServiceforEC2Role (ECS agent registration); AWS maintains its action list.",
            ["Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role"]));
        return environment;
    }

    private EcsJobDefinition BuildParquetConversionJob(BatchProcessingProps props)
    {
        var jobRole = new Role(this, "JobRole", new RoleProps
        {
            AssumedBy = new ServicePrincipal("ecs-tasks.amazonaws.com"),
            Description = "PerfInfra Parquet conversion: read raw, write curated",
        });
        props.SourceBucket.GrantRead(jobRole);
        props.DestinationBucket.GrantWrite(jobRole);
        NagSuppressions.AddToResource(jobRole.Node.FindChild("DefaultPolicy"), new NagSuppression("AwsSolutions-IAM5",
            "The conversion reads any object of the raw zone and writes Parquet files, named by partition, anywhere in the curated zone.",
            ["Action::s3:GetBucket*", "Action::s3:GetObject*", "Action::s3:List*", "Action::s3:Abort*", "Action::s3:DeleteObject*",
                @"/^Resource::<[A-Za-z0-9]*(Raw|Curated)[A-Za-z0-9]*\.Arn>\/\*$/"]));
        var logGroup = new Amazon.CDK.AWS.Logs.LogGroup(this, "JobLogs", new Amazon.CDK.AWS.Logs.LogGroupProps
        {
            Retention = LogRetentionPeriods.ForDays(_settings.JobLogRetentionDays),
            RemovalPolicy = RemovalPolicy.DESTROY,
        });
        var container = new EcsEc2ContainerDefinition(this, "ParquetConversion", new EcsEc2ContainerDefinitionProps
        {
            Image = ContainerImage.FromRegistry(_settings.JobImage),
            Cpu = _settings.JobVcpus,
            Memory = Size.Mebibytes(_settings.JobMemoryMib),
            JobRole = jobRole,
            Logging = LogDriver.AwsLogs(new AwsLogDriverProps { LogGroup = logGroup, StreamPrefix = "parquet" }),
            Environment = new Dictionary<string, string>
            {
                ["SOURCE_BUCKET"] = props.SourceBucket.BucketName,
                ["DESTINATION_BUCKET"] = props.DestinationBucket.BucketName,
            },
            Command = ["convert-to-parquet", "--compression", "snappy", "--partition-by", "dt"],
        });
        return new EcsJobDefinition(this, "ParquetConversionJob", new EcsJobDefinitionProps
        {
            Container = container,
            Timeout = Duration.Minutes(_settings.JobTimeoutMinutes),
            RetryAttempts = _settings.JobRetryAttempts,
            PropagateTags = true,
        });
    }
}
