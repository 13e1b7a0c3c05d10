using Amazon.CDK;
using Amazon.CDK.AWS.Batch;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.Ecr.Assets;
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
/// The job's image is jobs/PerfInfra.PipelineJob (pipeline-throughput, convert-to-parquet), built from its
/// Dockerfile as an image asset at `cdk deploy` — synth only stages the context — unless a registry image
/// is set. Its role reads the raw zone, writes raw CSV only under the pipeline job's prefix, and writes
/// and lists only the curated orders table.
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

    /// <summary>
    /// The job definition's own command: convert the raw CSV under a prefix given at submit time
    /// (<c>aws batch submit-job --parameters sourcePrefix=…</c>; Batch substitutes <c>Ref::sourcePrefix</c>).
    /// The load-test state machine overrides it with pipeline-throughput.
    /// </summary>
    public static IReadOnlyList<string> ConversionCommand { get; } =
        ["convert-to-parquet", "--source-prefix", "Ref::sourcePrefix", "--compression", "snappy", "--partition-by", "dt"];

    /// <summary>The curated table the job writes (CuratedTables' orders; the job's OrdersTable.Name).</summary>
    private const string OrdersTablePrefix = "orders";

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
        var jobRole = BuildJobRole(props);
        var logGroup = new Amazon.CDK.AWS.Logs.LogGroup(this, "JobLogs", new Amazon.CDK.AWS.Logs.LogGroupProps
        {
            Retention = LogRetentionPeriods.ForDays(_settings.JobLogRetentionDays),
            RemovalPolicy = RemovalPolicy.DESTROY,
        });
        var container = new EcsEc2ContainerDefinition(this, "ParquetConversion", new EcsEc2ContainerDefinitionProps
        {
            Image = BuildImage(props.JobImageContextDirectory),
            Cpu = _settings.JobVcpus,
            Memory = Size.Mebibytes(_settings.JobMemoryMib),
            JobRole = jobRole,
            Logging = LogDriver.AwsLogs(new AwsLogDriverProps { LogGroup = logGroup, StreamPrefix = "parquet" }),
            Environment = new Dictionary<string, string>
            {
                ["SOURCE_BUCKET"] = props.SourceBucket.BucketName,
                ["DESTINATION_BUCKET"] = props.DestinationBucket.BucketName,
                // The SDK's region, set rather than left to the instance metadata a container may not reach.
                ["AWS_REGION"] = Stack.Of(this).Region,
            },
            Command = ConversionCommand.ToArray(),
        });
        if (_settings.JobImage is null)
        {
            NagSuppressions.AddToResource(container.ExecutionRole.Node.FindChild("DefaultPolicy"), new NagSuppression("AwsSolutions-IAM5",
                "Pulling the job image from the CDK asset repository: ecr:GetAuthorizationToken has no resource-level permissions (Resource *); the pull actions are on that one repository.",
                ["Resource::*"]));
        }

        return new EcsJobDefinition(this, "ParquetConversionJob", new EcsJobDefinitionProps
        {
            Container = container,
            Timeout = Duration.Minutes(_settings.JobTimeoutMinutes),
            RetryAttempts = _settings.JobRetryAttempts,
            PropagateTags = true,
        });
    }

    /// <summary>
    /// Least privilege for both commands: read any raw object (convert-to-parquet takes any prefix), put
    /// raw CSV under the pipeline job's prefix only, put and list Parquet under the orders table only.
    /// Puts replace files on a rerun, so no delete is granted.
    /// </summary>
    private Role BuildJobRole(BatchProcessingProps props)
    {
        var jobRole = new Role(this, "JobRole", new RoleProps
        {
            AssumedBy = new ServicePrincipal("ecs-tasks.amazonaws.com"),
            Description = "PerfInfra pipeline job: read raw, land the pipeline test's raw CSV, write the curated orders table",
        });
        props.SourceBucket.GrantRead(jobRole);
        jobRole.AddToPolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = ["s3:PutObject"],
            Resources = [props.SourceBucket.ArnForObjects(BatchDefaults.PipelineRawPrefix + "/*")],
        }));
        jobRole.AddToPolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = ["s3:PutObject"],
            Resources = [props.DestinationBucket.ArnForObjects(OrdersTablePrefix + "/*")],
        }));
        // The verify stage lists what it uploaded, partition by partition.
        jobRole.AddToPolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = ["s3:ListBucket"],
            Resources = [props.DestinationBucket.BucketArn],
            Conditions = new Dictionary<string, object>
            {
                ["StringLike"] = new Dictionary<string, object> { ["s3:prefix"] = new[] { OrdersTablePrefix + "/*" } },
            },
        }));
        NagSuppressions.AddToResource(jobRole.Node.FindChild("DefaultPolicy"), new NagSuppression("AwsSolutions-IAM5",
            "The job reads any object of the raw zone (convert-to-parquet takes any prefix), puts raw CSV only under the pipeline test's prefix, and puts Parquet files, named by run and partition, only under the curated orders table.",
            ["Action::s3:GetBucket*", "Action::s3:GetObject*", "Action::s3:List*",
                @"/^Resource::<[A-Za-z0-9]*Raw[A-Za-z0-9]*\.Arn>\/\*$/",
                $@"/^Resource::<[A-Za-z0-9]*Raw[A-Za-z0-9]*\.Arn>\/{BatchDefaults.PipelineRawPrefix}\/\*$/",
                $@"/^Resource::<[A-Za-z0-9]*Curated[A-Za-z0-9]*\.Arn>\/{OrdersTablePrefix}\/\*$/"]));
        return jobRole;
    }

    /// <summary>
    /// The registry image when one is set; else the job built from its Dockerfile with the repository root
    /// as context. Synth copies that context into cdk.out (the root .dockerignore, which CDK reads, keeps it
    /// to the job's sources); `cdk deploy` builds and pushes it, which needs Docker. linux/amd64: the
    /// compute environment's c5 instance types.
    /// </summary>
    private ContainerImage BuildImage(string contextDirectory) => _settings.JobImage is { } registryImage
        ? ContainerImage.FromRegistry(registryImage)
        : ContainerImage.FromAsset(contextDirectory, new AssetImageProps
        {
            File = BatchDefaults.JobDockerfile,
            Platform = Platform_.LINUX_AMD64,
        });
}
