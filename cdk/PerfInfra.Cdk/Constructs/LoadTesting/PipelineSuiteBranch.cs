using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.StepFunctions;
using Amazon.CDK.AWS.StepFunctions.Tasks;
using Constructs;
using PerfInfra.Cdk.Constructs.Security;
using PerfInfra.Engine.Suites.Pipeline;

namespace PerfInfra.Cdk.Constructs.LoadTesting;

/// <summary>
/// The pipeline throughput suite as a branch of the test state machine: requested? → note the start →
/// one AWS Batch job (batch:submitJob.sync) that generates the plan's records, lands them raw and converts
/// them to partitioned Parquet → an Athena count (startQueryExecution.sync, then getQueryResults; least
/// privilege through <see cref="Grant"/>) proving
/// every record queryable → CloudWatch GetMetricData for DMS CDCLatencySource/Target over the run
/// window → the collect function. A failed step is caught into the responses and the branch goes on,
/// so the collector reports it as a failure of its kind and the report is still written.
/// </summary>
public sealed class PipelineSuiteBranch : Construct
{
    public const string CollectState = "CollectPipeline";

    /// <summary>The command the branch runs in the Parquet conversion job's image (env PERF_RECORDS, PERF_RUN_ID).</summary>
    public const string JobCommand = "pipeline-throughput";

    public const string RecordsVariable = "PERF_RECORDS";

    public const string RunIdVariable = "PERF_RUN_ID";

    private const string DmsNamespace = "AWS/DMS";

    private static readonly string[] ServiceErrors =
        ["Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException"];

    private readonly PipelineSuiteBranchProps _props;

    public PipelineSuiteBranch(Construct scope, string id, PipelineSuiteBranchProps props)
        : base(scope, id)
    {
        _props = props;
        var collect = BuildCollect();
        var dmsLag = BuildDmsLag(collect);
        var verify = BuildVerify(dmsLag);
        var batch = BuildBatchJob(verify, dmsLag);
        var start = new Pass(this, "PipelineStarted", new PassProps
        {
            Parameters = new Dictionary<string, object>
            {
                ["plan"] = JsonPath.StringAt("$.plan"),
                ["startedAt"] = JsonPath.StringAt("$$.State.EnteredTime"),
                ["responses"] = new Dictionary<string, object>(),
            },
        });
        start.Next(batch);
        Start = new Choice(this, "PipelineRequested?")
            .When(Condition.BooleanEquals("$.plan.suites.pipeline", true), start)
            .Otherwise(new Pass(this, "PipelineNotRequested", new PassProps
            {
                Result = Result.FromObject(new Dictionary<string, object> { ["name"] = "pipeline", ["status"] = "not_requested" }),
            }));
    }

    /// <summary>The branch's first state, for <c>Parallel.Branch</c>.</summary>
    public Choice Start { get; }

    /// <summary>
    /// Grants the state machine what the branch's Athena count and GetMetricData need — the Batch and
    /// collect tasks bring their own grants — and records why the wildcards left are needed.
    /// </summary>
    public void Grant(StateMachine stateMachine)
    {
        ArgumentNullException.ThrowIfNull(stateMachine);
        foreach (var statement in AthenaCountStatements())
        {
            stateMachine.AddToRolePolicy(statement);
        }

        NagSuppressions.AddToResource(stateMachine.Role.Node.FindChild("DefaultPolicy"), new NagSuppression("AwsSolutions-IAM5",
            "Pipeline branch: cloudwatch:GetMetricData has no resource-level permissions (Resource *); the count query reads the orders table's Parquet objects and writes and reads its result objects, whose names Athena chooses (bucket/*).",
            ["Resource::*", "/^Resource::.*\\/\\*$/"]));
    }

    /// <summary>
    /// Least privilege for startQueryExecution.sync + getQueryResults on one workgroup, one table and the
    /// two buckets involved. CDK's AthenaStartQueryExecution task would grant s3:CreateBucket and
    /// s3:GetObject on every bucket and Glue writes on the whole database, hence the custom state.
    /// </summary>
    private IEnumerable<PolicyStatement> AthenaCountStatements()
    {
        var stack = Stack.Of(this);
        var targets = _props.Targets;
        yield return Statement(
            ["athena:StartQueryExecution", "athena:GetQueryExecution", "athena:StopQueryExecution", "athena:GetQueryResults"],
            [stack.FormatArn(new ArnComponents { Service = "athena", Resource = "workgroup", ResourceName = targets.AthenaWorkGroup })]);
        yield return Statement(
            ["glue:GetDatabase", "glue:GetTable", "glue:GetPartition", "glue:GetPartitions"],
            [
                stack.FormatArn(new ArnComponents { Service = "glue", Resource = "catalog" }),
                stack.FormatArn(new ArnComponents { Service = "glue", Resource = "database", ResourceName = targets.GlueDatabase }),
                stack.FormatArn(new ArnComponents { Service = "glue", Resource = "table", ResourceName = $"{targets.GlueDatabase}/{targets.OrdersTable}" }),
            ]);
        yield return Statement(["s3:GetBucketLocation", "s3:ListBucket"], [targets.CuratedBucketArn]);
        yield return Statement(["s3:GetObject"], [$"{targets.CuratedBucketArn}/*"]);
        yield return Statement(["s3:GetBucketLocation", "s3:ListBucket", "s3:ListBucketMultipartUploads"], [targets.QueryResultsBucketArn]);
        yield return Statement(["s3:GetObject", "s3:PutObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"], [$"{targets.QueryResultsBucketArn}/*"]);
    }

    private static PolicyStatement Statement(string[] actions, string[] resources) =>
        new(new PolicyStatementProps { Actions = actions, Resources = resources });

    private IChainable BuildBatchJob(IChainable verify, IChainable dmsLag)
    {
        var targets = _props.Targets;
        var job = new BatchSubmitJob(this, "PipelineBatchJob", new BatchSubmitJobProps
        {
            JobName = "perfinfra-pipeline-throughput",
            JobQueueArn = targets.BatchJobQueueArn,
            JobDefinitionArn = targets.BatchJobDefinitionArn,
            IntegrationPattern = IntegrationPattern.RUN_JOB,
            ContainerOverrides = new BatchContainerOverrides
            {
                Command = [JobCommand],
                Environment = new Dictionary<string, string>
                {
                    [RecordsVariable] = JsonPath.Format("{}", JsonPath.StringAt("$.plan.pipelineRecords")),
                    [RunIdVariable] = JsonPath.StringAt("$.plan.runId"),
                },
            },
            ResultPath = Response(PipelineResponseKeys.Batch),
        });
        job.AddCatch(dmsLag, new CatchProps { Errors = [Errors.ALL], ResultPath = Response(PipelineResponseKeys.BatchError) });
        return job.Next(verify);
    }

    private IChainable BuildVerify(IChainable dmsLag)
    {
        var targets = _props.Targets;
        // The job prefixes every order id with the run id, so the count sees this run's records only.
        // Inside States.Format a quote is escaped with a backslash (the C# \\' below is one backslash).
        var count = new CustomState(this, "PipelineVerifyCount", new CustomStateProps
        {
            StateJson = new Dictionary<string, object>
            {
                ["Type"] = "Task",
                ["Resource"] = $"arn:{Stack.Of(this).Partition}:states:::athena:startQueryExecution.sync",
                ["Parameters"] = new Dictionary<string, object>
                {
                    ["QueryString.$"] = $"States.Format('SELECT count(*) AS records FROM {targets.OrdersTable} WHERE order_id LIKE \\'{{}}-%\\'', $.plan.runId)",
                    ["QueryExecutionContext"] = new Dictionary<string, object> { ["Database"] = targets.GlueDatabase },
                    ["WorkGroup"] = targets.AthenaWorkGroup,
                },
                ["ResultPath"] = Response(PipelineResponseKeys.Verify),
            },
        });
        var results = new CallAwsService(this, "PipelineVerifyResults", new CallAwsServiceProps
        {
            Service = "athena",
            Action = "getQueryResults",
            Parameters = new Dictionary<string, object>
            {
                ["QueryExecutionId"] = JsonPath.StringAt($"$.responses.{PipelineResponseKeys.Verify}.QueryExecution.QueryExecutionId"),
                ["MaxResults"] = 2,
            },
            IamResources = [Stack.Of(this).FormatArn(new ArnComponents { Service = "athena", Resource = "workgroup", ResourceName = targets.AthenaWorkGroup })],
            ResultPath = Response(PipelineResponseKeys.VerifyResults),
        });
        var caught = new CatchProps { Errors = [Errors.ALL], ResultPath = Response(PipelineResponseKeys.VerifyError) };
        count.AddCatch(dmsLag, caught);
        results.AddCatch(dmsLag, caught);

        return count.Next(results).Next(dmsLag);
    }

    private CallAwsService BuildDmsLag(IChainable collect)
    {
        var targets = _props.Targets;
        var dimensions = new[]
        {
            new Dictionary<string, object> { ["Name"] = "ReplicationInstanceIdentifier", ["Value"] = targets.DmsReplicationInstanceId },
            new Dictionary<string, object> { ["Name"] = "ReplicationTaskIdentifier", ["Value"] = targets.DmsReplicationTaskResourceId },
        };
        var queries = new[] { (PipelineDefaults.CdcLatencySourceId, "CDCLatencySource"), (PipelineDefaults.CdcLatencyTargetId, "CDCLatencyTarget") }
            .Select(q => (object)new Dictionary<string, object>
            {
                ["Id"] = q.Item1,
                ["MetricStat"] = new Dictionary<string, object>
                {
                    ["Metric"] = new Dictionary<string, object> { ["Namespace"] = DmsNamespace, ["MetricName"] = q.Item2, ["Dimensions"] = dimensions },
                    ["Period"] = PipelineDefaults.MetricPeriodSeconds,
                    // The worst minute: the threshold is on the maximum lag over the window.
                    ["Stat"] = "Maximum",
                },
                ["ReturnData"] = true,
            })
            .ToArray();
        var task = new CallAwsService(this, "PipelineDmsLag", new CallAwsServiceProps
        {
            Service = "cloudwatch",
            Action = "getMetricData",
            Parameters = new Dictionary<string, object>
            {
                ["StartTime"] = JsonPath.StringAt("$.startedAt"),
                ["EndTime"] = JsonPath.StringAt("$$.State.EnteredTime"),
                ["MetricDataQueries"] = queries,
            },
            // GetMetricData has no resource-level permissions.
            IamResources = ["*"],
            IamAction = "cloudwatch:GetMetricData",
            ResultPath = Response(PipelineResponseKeys.DmsLag),
        });
        task.AddCatch(collect, new CatchProps { Errors = [Errors.ALL], ResultPath = Response(PipelineResponseKeys.DmsLagError) });
        task.Next(collect);
        return task;
    }

    private LambdaInvoke BuildCollect()
    {
        var collect = new LambdaInvoke(this, CollectState, new LambdaInvokeProps
        {
            LambdaFunction = _props.Collect,
            Payload = TaskInput.FromObject(new Dictionary<string, object>
            {
                ["suite"] = "pipeline",
                ["plan"] = JsonPath.StringAt("$.plan"),
                ["responses"] = JsonPath.StringAt("$.responses"),
                ["startedAt"] = JsonPath.StringAt("$.startedAt"),
            }),
            PayloadResponseOnly = true,
            RetryOnServiceExceptions = false,
        });
        collect.AddRetry(new RetryProps { Errors = ServiceErrors, Interval = Duration.Seconds(2), MaxAttempts = 4, BackoffRate = 2 });
        return collect;
    }

    private static string Response(string key) => $"$.responses.{key}";
}
