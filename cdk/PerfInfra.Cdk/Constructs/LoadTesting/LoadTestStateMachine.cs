using Amazon.CDK;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.StepFunctions;
using Amazon.CDK.AWS.StepFunctions.Tasks;
using Constructs;
using PerfInfra.Cdk.Constructs.Security;

namespace PerfInfra.Cdk.Constructs.LoadTesting;

/// <summary>
/// The performance-test state machine: the input wrapped → <see cref="PreflightChecks"/> (read-only SDK
/// calls, unless the input says preflight off) → plan (which judges them) → PreflightPassed? → Parallel of
/// the requested suites (API: a Distributed Map over the shards; Athena, pipeline and Lambda branches; a
/// suite not requested answers so) or, when the preflight blocks, no suite at all → aggregate → report →
/// Succeed | Fail "ThresholdsBreached" | "PreflightFailed" | "RunError". Lambda service
/// errors are retried with backoff; every step's Catch routes to the report step with the error, so every
/// execution writes a report. A shard
/// that crashes is caught inside the Map and reported with the other shards' data. Logging (ALL) and
/// X-Ray tracing are on.
/// </summary>
public sealed class LoadTestStateMachine : Construct
{
    public const string ThresholdsBreachedError = "ThresholdsBreached";
    public const string RunError = "RunError";
    public const string PreflightFailedError = "PreflightFailed";

    /// <summary>The execution input, whatever its JSON type, wrapped here so results can be added beside it.</summary>
    public const string InputPath = "$.input";

    private static readonly string[] ServiceErrors =
        ["Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException"];

    private readonly LoadTestStateMachineProps _props;
    private AthenaSuiteBranch? _athena;

    private PipelineSuiteBranch? _pipeline;

    public LoadTestStateMachine(Construct scope, string id, LoadTestStateMachineProps props)
        : base(scope, id)
    {
        _props = props;
        var logs = new LogGroup(this, "Logs", new LogGroupProps
        {
            Retention = LogRetentionPeriods.ForDays(props.Settings.LogRetentionDays),
            RemovalPolicy = RemovalPolicy.DESTROY,
        });
        StateMachine = new StateMachine(this, "StateMachine", new StateMachineProps
        {
            StateMachineName = props.StateMachineName,
            StateMachineType = StateMachineType.STANDARD,
            DefinitionBody = DefinitionBody.FromChainable(BuildDefinition()),
            Timeout = Duration.Minutes(props.Settings.ExecutionTimeoutMinutes),
            TracingEnabled = true,
            Logs = new LogOptions { Destination = logs, Level = LogLevel.ALL, IncludeExecutionData = true },
        });
        GrantDistributedMapChildExecutions(props.StateMachineName);
        _athena?.GrantQueries(StateMachine.Role);
        NagSuppressions.AddToResource(StateMachine.Role.Node.FindChild("DefaultPolicy"), new NagSuppression("AwsSolutions-IAM5",
            "Log delivery and X-Ray have no resource-level permissions (Resource *); invoking a function's versions needs <arn>:*; the Distributed Map starts child executions of this state machine, whose ARNs are only known at run time.",
            ["Resource::*", "/^Resource::<.*Arn>:\\*$/", "/^Resource::arn:.*:execution:.*$/", "/^Resource::arn:.*:stateMachine:.*$/"]));
        _pipeline?.Grant(StateMachine);
    }

    public StateMachine StateMachine { get; }

    /// <summary>
    /// A Distributed Map runs its items as child executions of this state machine; CDK 2.160 does not grant
    /// that (found by the IAM statements review), and without it the Map fails with AccessDenied on AWS. The
    /// policy AWS documents for Distributed Map: StartExecution on the state machine, Describe/Stop on its
    /// executions. ARNs from the fixed name, not a Ref: the role must not depend on the machine it belongs to.
    /// </summary>
    private void GrantDistributedMapChildExecutions(string stateMachineName)
    {
        var stack = Stack.Of(this);
        StateMachine.AddToRolePolicy(new Amazon.CDK.AWS.IAM.PolicyStatement(new Amazon.CDK.AWS.IAM.PolicyStatementProps
        {
            Actions = ["states:StartExecution"],
            Resources = [stack.FormatArn(new ArnComponents { Service = "states", Resource = "stateMachine", ResourceName = stateMachineName, ArnFormat = ArnFormat.COLON_RESOURCE_NAME })],
        }));
        StateMachine.AddToRolePolicy(new Amazon.CDK.AWS.IAM.PolicyStatement(new Amazon.CDK.AWS.IAM.PolicyStatementProps
        {
            Actions = ["states:DescribeExecution", "states:StopExecution"],
            Resources = [stack.FormatArn(new ArnComponents { Service = "states", Resource = "execution", ResourceName = stateMachineName + "/*", ArnFormat = ArnFormat.COLON_RESOURCE_NAME })],
        }));
    }

    private IChainable BuildDefinition()
    {
        var functions = _props.Functions;
        var reportPlanError = Invoke("ReportPlanError", functions.Report, new Dictionary<string, object>
        {
            ["executionName"] = JsonPath.StringAt("$$.Execution.Name"),
            ["error"] = JsonPath.StringAt("$.error"),
        }, "$.report");
        var reportError = Invoke("ReportError", functions.Report, new Dictionary<string, object>
        {
            ["executionName"] = JsonPath.StringAt("$$.Execution.Name"),
            ["plan"] = JsonPath.StringAt("$.plan"),
            ["error"] = JsonPath.StringAt("$.error"),
        }, "$.report");
        var verdict = new Choice(this, "Verdict?")
            .When(Condition.StringEquals("$.report.verdict", "pass"), new Succeed(this, "Passed"))
            .When(Condition.BooleanEquals("$.report.preflightFailed", true), new Fail(this, "PreflightFailed", new FailProps
            {
                Error = PreflightFailedError,
                CausePath = "$.report.verdictReason",
            }))
            .When(Condition.StringEquals("$.report.verdict", "fail"), new Fail(this, "ThresholdsBreached", new FailProps
            {
                Error = ThresholdsBreachedError,
                CausePath = "$.report.verdictReason",
            }))
            .Otherwise(new Fail(this, "RunFailed", new FailProps { Error = RunError, CausePath = "$.report.verdictReason" }));
        reportPlanError.Next(verdict);
        reportError.Next(verdict);

        var planPayload = new Dictionary<string, object>
        {
            ["runId"] = JsonPath.StringAt("$$.Execution.Name"),
            ["request"] = JsonPath.StringAt(InputPath),
        };
        if (_props.Preflight is not null)
        {
            planPayload["preflight"] = JsonPath.StringAt(PreflightChecks.ResultPath);
        }

        var plan = Invoke("Plan", functions.Plan, planPayload, "$.plan");
        plan.AddCatch(reportPlanError, new CatchProps { Errors = [Errors.ALL], ResultPath = "$.error" });

        var suites = new Amazon.CDK.AWS.StepFunctions.Parallel(this, "RunSuites", new ParallelProps { ResultPath = "$.suites" });
        suites.Branch(ApiBranch());
        suites.Branch(AthenaBranch());
        _pipeline = new PipelineSuiteBranch(this, "Pipeline", new PipelineSuiteBranchProps(_props.Pipeline, functions.Collect));
        suites.Branch(_pipeline.Start);
        suites.Branch(_props.LambdaTargets is { Count: > 0 } targets
            ? new LambdaSuiteBranch(this, "LambdaSuite", targets, functions.Collect).Start
            : NotRequested("lambda"));

        suites.AddCatch(reportError, new CatchProps { Errors = [Errors.ALL], ResultPath = "$.error" });

        // A failed preflight in mode fail: plan made no shards, and no suite runs at all.
        var skipped = new Pass(this, "SuitesSkipped", new PassProps { Result = Result.FromArray([]), ResultPath = "$.suites" });
        var preflightPassed = new Choice(this, "PreflightPassed?")
            .When(Condition.BooleanEquals("$.plan.preflight.blocks", true), skipped)
            .Otherwise(suites);

        var aggregate = Invoke("Aggregate", functions.Aggregate, new Dictionary<string, object>
        {
            ["plan"] = JsonPath.StringAt("$.plan"),
            ["suites"] = JsonPath.StringAt("$.suites"),
        }, "$.aggregate");
        aggregate.AddCatch(reportError, new CatchProps { Errors = [Errors.ALL], ResultPath = "$.error" });

        var report = Invoke("Report", functions.Report, new Dictionary<string, object>
        {
            ["executionName"] = JsonPath.StringAt("$$.Execution.Name"),
            ["plan"] = JsonPath.StringAt("$.plan"),
            ["aggregate"] = JsonPath.StringAt("$.aggregate"),
        }, "$.report");

        skipped.Next(aggregate);
        suites.Next(aggregate).Next(report).Next(verdict);
        plan.Next(preflightPassed);
        var start = _props.Preflight is { } preflight ? new PreflightChecks(this, "Preflight", preflight, plan).Start : (IChainable)plan;
        return new Pass(this, "ReadInput", new PassProps
        {
            Parameters = new Dictionary<string, object> { ["input"] = JsonPath.EntirePayload },
        }).Next(start);
    }

    private IChainable ApiBranch()
    {
        var settings = _props.Settings;
        var worker = Invoke("LoadWorker", _props.Functions.Worker, null, null);
        var shardFailed = new Pass(this, "ShardFailed", new PassProps
        {
            Parameters = new Dictionary<string, object>
            {
                ["shardIndex"] = JsonPath.NumberAt("$.index"),
                ["error"] = JsonPath.StringAt("$.error"),
            },
        });
        // Caught per shard: a crashed worker becomes data for the report instead of failing the Map.
        worker.AddCatch(shardFailed, new CatchProps { Errors = [Errors.ALL], ResultPath = "$.error" });

        var shards = new DistributedMap(this, "ApiShards", new DistributedMapProps
        {
            ItemsPath = "$.plan.shards",
            MaxConcurrency = settings.MaxShards,
            ToleratedFailurePercentage = settings.ToleratedFailurePercentage,
        });
        shards.ItemProcessor(worker);
        var ran = new Pass(this, "ApiRan", new PassProps
        {
            Parameters = new Dictionary<string, object>
            {
                ["name"] = "api",
                ["status"] = "ran",
                ["workers"] = JsonPath.EntirePayload,
            },
        });
        return new Choice(this, "ApiRequested?")
            .When(Condition.BooleanEquals("$.plan.suites.api", true), shards.Next(ran))
            .Otherwise(NotRequested("api"));
    }

    /// <summary>The Athena query suite; without query targets (no data stack) it can only answer "not requested".</summary>
    private IChainable AthenaBranch()
    {
        if (_props.Athena is not { } targets)
        {
            return NotRequested(AthenaSuiteBranch.Suite);
        }

        var collect = Invoke("CollectAthena", _props.Functions.Collect, new Dictionary<string, object>
        {
            ["suite"] = AthenaSuiteBranch.Suite,
            ["plan"] = JsonPath.StringAt("$.plan"),
            ["responses"] = JsonPath.StringAt("$.athena"),
            ["startedAt"] = JsonPath.StringAt("$$.Execution.StartTime"),
        }, null);
        _athena = new AthenaSuiteBranch(this, "Athena", new AthenaSuiteBranchProps(targets, collect, NotRequested(AthenaSuiteBranch.Suite)));
        return _athena.Start;
    }

    private Pass NotRequested(string suite) => new(this, $"{char.ToUpperInvariant(suite[0])}{suite[1..]}NotRequested", new PassProps
    {
        Result = Result.FromObject(new Dictionary<string, object> { ["name"] = suite, ["status"] = "not_requested" }),
    });

    // jsii cannot pass ObjectAt/ListAt's token proxies inside a dictionary; StringAt renders the same
    // "key.$": "path" in the ASL, and ASL does not type paths.
    private LambdaInvoke Invoke(string id, Amazon.CDK.AWS.Lambda.IFunction function, Dictionary<string, object>? payload, string? resultPath)
    {
        var task = new LambdaInvoke(this, id, new LambdaInvokeProps
        {
            LambdaFunction = function,
            Payload = payload is null ? null : TaskInput.FromObject(payload),
            // The function's own JSON as the result, without the Invoke API's envelope.
            PayloadResponseOnly = true,
            RetryOnServiceExceptions = false,
            ResultPath = resultPath,
        });
        task.AddRetry(new RetryProps
        {
            Errors = ServiceErrors,
            Interval = Duration.Seconds(2),
            MaxAttempts = 4,
            BackoffRate = 2,
        });
        return task;
    }
}
