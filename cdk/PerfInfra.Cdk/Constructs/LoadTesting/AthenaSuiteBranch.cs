using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.StepFunctions;
using Constructs;
using PerfInfra.Cdk.Constructs.Security;

namespace PerfInfra.Cdk.Constructs.LoadTesting;

/// <summary>
/// The Athena branch of the test state machine: when <c>$.plan.suites.athena</c> is true, a Distributed
/// Map over <c>$.plan.athena.executions</c> at <c>$.plan.athena.concurrency</c> runs each query with
/// <c>athena:startQueryExecution.sync</c> in its class's workgroup (a Choice per class, since a workgroup
/// is fixed per task). A failed query is caught in its iteration and kept as data (its Cause holds
/// Athena's final GetQueryExecution response), so one bad query never fails the branch. The Map's output
/// goes to the collect step, which turns it into the suite's measurements.
/// The task is a CustomState rather than CDK's AthenaStartQueryExecution: that class grants s3 and
/// lakeformation on Resource *, which the security baseline forbids; <see cref="GrantQueries"/> grants
/// exactly the workgroups, the database's tables and the two buckets.
/// </summary>
public sealed class AthenaSuiteBranch : Construct
{
    public const string Suite = "athena";
    private const string DataCatalog = "AwsDataCatalog";

    private static readonly string[] ThrottlingErrors = ["Athena.TooManyRequestsException", "Athena.AmazonAthenaException"];

    private readonly AthenaSuiteBranchProps _props;

    public AthenaSuiteBranch(Construct scope, string id, AthenaSuiteBranchProps props)
        : base(scope, id)
    {
        _props = props;
        var queries = new DistributedMap(scope, "AthenaQueries", new DistributedMapProps
        {
            ItemsPath = "$.plan.athena.executions",
            MaxConcurrencyPath = "$.plan.athena.concurrency",
            ResultPath = "$.athena",
        });
        queries.ItemProcessor(BuildIteration(scope));
        Start = new Choice(scope, "AthenaRequested?")
            .When(Condition.BooleanEquals("$.plan.suites.athena", true), queries.Next(props.Collect))
            .Otherwise(props.NotRequested);
    }

    /// <summary>The branch's first state, for the Parallel.</summary>
    public Choice Start { get; }

    /// <summary>Least privilege for the queries: Athena on the workgroups, Glue on the database, S3 on the results and data buckets.</summary>
    public void GrantQueries(IRole role)
    {
        var stack = Stack.Of(this);
        var targets = _props.Targets;
        var policy = new Policy(this, "QueryPolicy", new PolicyProps
        {
            Statements =
            [
                new PolicyStatement(new PolicyStatementProps
                {
                    Actions = ["athena:StartQueryExecution", "athena:GetQueryExecution", "athena:StopQueryExecution"],
                    Resources = targets.WorkGroupsByQueryClass.Values.Order(StringComparer.Ordinal)
                        .Select(w => stack.FormatArn(new ArnComponents { Service = "athena", Resource = "workgroup", ResourceName = w })).ToArray(),
                }),
                new PolicyStatement(new PolicyStatementProps
                {
                    Actions = ["athena:GetDataCatalog"],
                    Resources = [stack.FormatArn(new ArnComponents { Service = "athena", Resource = "datacatalog", ResourceName = DataCatalog })],
                }),
                new PolicyStatement(new PolicyStatementProps
                {
                    Actions = ["glue:GetDatabase", "glue:GetTable", "glue:GetTables", "glue:GetPartition", "glue:GetPartitions", "glue:BatchGetPartition"],
                    Resources =
                    [
                        stack.FormatArn(new ArnComponents { Service = "glue", Resource = "catalog" }),
                        stack.FormatArn(new ArnComponents { Service = "glue", Resource = "database", ResourceName = targets.DatabaseName }),
                        stack.FormatArn(new ArnComponents { Service = "glue", Resource = "table", ResourceName = targets.DatabaseName + "/*" }),
                    ],
                }),
                new PolicyStatement(new PolicyStatementProps
                {
                    Actions = ["s3:GetBucketLocation", "s3:ListBucket", "s3:ListBucketMultipartUploads"],
                    Resources = [targets.QueryResultsBucketArn, targets.DataBucketArn],
                }),
                new PolicyStatement(new PolicyStatementProps
                {
                    Actions = ["s3:GetObject", "s3:PutObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"],
                    Resources = [targets.QueryResultsBucketArn + "/*"],
                }),
                new PolicyStatement(new PolicyStatementProps
                {
                    Actions = ["s3:GetObject"],
                    Resources = [targets.DataBucketArn + "/*"],
                }),
            ],
        });
        policy.AttachToRole(role);
        NagSuppressions.AddToResource(policy, new NagSuppression("AwsSolutions-IAM5",
            "Athena reads every table of the analytics database (table/<db>/*) and every object of the curated bucket, and writes its results anywhere in the query-results bucket; all scoped to that database and those two buckets.",
            ["/^Resource::arn:<AWS::Partition>:glue:<AWS::Region>:<AWS::AccountId>:table\\/.*\\/\\*$/", "/^Resource::.*\\/\\*$/"]));
    }

    private IChainable BuildIteration(Construct scope)
    {
        var done = new Pass(scope, "AthenaQueryDone", new PassProps
        {
            Parameters = new Dictionary<string, object>
            {
                ["queryClass"] = JsonPath.StringAt("$.queryClass"),
                ["query"] = JsonPath.StringAt("$.query"),
                ["execution"] = JsonPath.StringAt("$.execution"),
            },
        });
        var failed = new Pass(scope, "AthenaQueryFailed", new PassProps
        {
            Parameters = new Dictionary<string, object>
            {
                ["queryClass"] = JsonPath.StringAt("$.queryClass"),
                ["query"] = JsonPath.StringAt("$.query"),
                ["error"] = JsonPath.StringAt("$.error"),
            },
        });
        var noWorkGroup = new Pass(scope, "AthenaNoWorkGroup", new PassProps
        {
            Parameters = new Dictionary<string, object>
            {
                ["queryClass"] = JsonPath.StringAt("$.queryClass"),
                ["query"] = JsonPath.StringAt("$.query"),
                ["error"] = new Dictionary<string, object>
                {
                    ["Error"] = "NoWorkGroup",
                    ["Cause.$"] = "States.Format('query class {} has no Athena workgroup in this deployment', $.queryClass)",
                },
            },
        });

        var byClass = new Choice(scope, "AthenaWorkGroup?");
        foreach (var (queryClass, workGroup) in _props.Targets.WorkGroupsByQueryClass.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var run = QueryTask(scope, queryClass, workGroup);
            run.AddRetry(new RetryProps { Errors = ThrottlingErrors, Interval = Duration.Seconds(2), MaxAttempts = 4, BackoffRate = 2 });
            run.AddCatch(failed, new CatchProps { Errors = [Errors.ALL], ResultPath = "$.error" });
            byClass.When(Condition.StringEquals("$.queryClass", queryClass), run.Next(done));
        }

        return byClass.Otherwise(noWorkGroup);
    }

    /// <summary>StartQueryExecution and wait (.sync); keep only what the collector reads, so the Map's output stays small.</summary>
    private CustomState QueryTask(Construct scope, string queryClass, string workGroup) => new(scope, "AthenaQuery-" + queryClass, new CustomStateProps
    {
        StateJson = new Dictionary<string, object>
        {
            ["Type"] = "Task",
            ["Resource"] = SyncResourceArn(),
            ["Parameters"] = new Dictionary<string, object>
            {
                ["QueryString.$"] = "$.sql",
                ["WorkGroup"] = workGroup,
                ["QueryExecutionContext"] = new Dictionary<string, object> { ["Database"] = _props.Targets.DatabaseName, ["Catalog"] = DataCatalog },
            },
            ["ResultSelector"] = new Dictionary<string, object>
            {
                ["QueryExecution"] = new Dictionary<string, object>
                {
                    ["QueryExecutionId.$"] = "$.QueryExecution.QueryExecutionId",
                    ["WorkGroup.$"] = "$.QueryExecution.WorkGroup",
                    ["Status.$"] = "$.QueryExecution.Status",
                    ["Statistics.$"] = "$.QueryExecution.Statistics",
                },
            },
            ["ResultPath"] = "$.execution",
        },
    });

    /// <summary>The integration's ARN in this stack's partition (arn:aws:states:::… in the commercial one).</summary>
    private static string SyncResourceArn() => "arn:" + Aws.PARTITION + ":states:::athena:startQueryExecution.sync";
}
