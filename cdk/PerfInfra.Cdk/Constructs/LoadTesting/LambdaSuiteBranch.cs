using Amazon.CDK;
using Amazon.CDK.AWS.StepFunctions;
using Amazon.CDK.AWS.StepFunctions.Tasks;
using Constructs;

namespace PerfInfra.Cdk.Constructs.LoadTesting;

/// <summary>
/// The state machine's Lambda suite branch: when the plan asks for it, for each target function the
/// config selects (<c>suites.lambda.functions</c>; empty: all), sequentially, so one function's cold
/// starts never overlap another's measurement:
/// <list type="number">
/// <item>cold starts: with the function's environment read once, set <c>PERF_COLD_START</c> to a new
/// value (a configuration change makes Lambda retire every execution environment, as AWS Lambda Power
/// Tuning relies on), poll GetFunctionConfiguration until LastUpdateStatus is Successful, then Invoke with
/// LogType Tail;</item>
/// <item>warm invocations: Invoke with LogType Tail one after another (concurrent calls would start new
/// environments, i.e. cold starts);</item>
/// <item>when the profile sets <c>memory_sweep</c>: read the function's memory size, then per size set it,
/// wait until the update is Successful and invoke <c>sweep_invocations</c> times; then restore the size
/// read at the start — also after a failed step (caught), so a sweep never leaves a function resized.</item>
/// <item>the environment read at the start is put back (without <c>PERF_COLD_START</c>), so a test leaves
/// the function as deployed and CloudFormation sees no drift;</item>
/// </list>
/// then <c>CollectLambda</c> hands every Invoke's LogResult (its REPORT line) to the collect function.
/// Counts come from the plan (<c>$.plan.lambda</c>). A function error or a failed Invoke is recorded as a
/// failure of that invocation, not of the branch. The state machine may update, read and invoke only the
/// target functions.
/// </summary>
public sealed class LambdaSuiteBranch : Construct
{
    public const string ColdStartVariable = "PERF_COLD_START";
    public const string CollectStateName = "CollectLambda";

    private static readonly Duration UpdatePollInterval = Duration.Seconds(1);

    private static readonly string[] ServiceErrors =
        ["Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException"];

    private readonly IReadOnlyList<LambdaSuiteTarget> _targets;
    private readonly Amazon.CDK.AWS.Lambda.IFunction _collect;
    private readonly string[] _targetArns;

    public LambdaSuiteBranch(Construct scope, string id, IReadOnlyList<LambdaSuiteTarget> targets, Amazon.CDK.AWS.Lambda.IFunction collect)
        : base(scope, id)
    {
        if (targets.Count == 0)
        {
            throw new ArgumentException("the Lambda suite needs at least one target function", nameof(targets));
        }

        _targets = targets;
        _collect = collect;
        _targetArns = targets.Select(t => t.Function.FunctionArn).ToArray();
        Start = BuildBranch();
    }

    /// <summary>The branch's first state, for the RunSuites Parallel.</summary>
    public IChainable Start { get; }

    private IChainable BuildBranch()
    {
        var targets = new Pass(this, "LambdaTargets", new PassProps
        {
            Parameters = new Dictionary<string, object>
            {
                // The execution's start, a plan step before this branch; $$.State.EnteredTime would be
                // exact but the local harness (aws-local-stepfunctions) does not provide it.
                ["startedAt"] = JsonPath.StringAt("$$.Execution.StartTime"),
                ["functions"] = _targets.Select(t => new Dictionary<string, object>
                {
                    ["name"] = t.Name,
                    ["functionName"] = t.Function.FunctionName,
                    ["payload"] = t.Payload,
                }).ToArray(),
            },
            ResultPath = "$.lambdaSuite",
        });
        var functions = new Map(this, "LambdaFunctions", new MapProps
        {
            ItemsPath = "$.lambdaSuite.functions",
            MaxConcurrency = 1,
            ItemSelector = new Dictionary<string, object>
            {
                ["target"] = JsonPath.StringAt("$$.Map.Item.Value"),
                ["coldStarts"] = JsonPath.NumberAt("$.plan.lambda.coldStarts"),
                ["warmInvocations"] = JsonPath.NumberAt("$.plan.lambda.warmInvocations"),
                ["execution"] = JsonPath.StringAt("$$.Execution.Name"),
                ["functions"] = JsonPath.StringAt("$.plan.lambda.functions"),
                ["memorySweep"] = JsonPath.StringAt("$.plan.lambda.memorySweep"),
                ["sweepInvocations"] = JsonPath.NumberAt("$.plan.lambda.sweepInvocations"),
            },
            ResultPath = "$.lambdaSuite.responses",
        });
        functions.ItemProcessor(FunctionMeasurement());

        var collect = new LambdaInvoke(this, CollectStateName, new LambdaInvokeProps
        {
            LambdaFunction = _collect,
            Payload = TaskInput.FromObject(new Dictionary<string, object>
            {
                ["suite"] = "lambda",
                ["plan"] = JsonPath.StringAt("$.plan"),
                ["responses"] = JsonPath.StringAt("$.lambdaSuite.responses"),
                ["startedAt"] = JsonPath.StringAt("$.lambdaSuite.startedAt"),
            }),
            PayloadResponseOnly = true,
            RetryOnServiceExceptions = false,
        });
        collect.AddRetry(new RetryProps { Errors = ServiceErrors, Interval = Duration.Seconds(2), MaxAttempts = 4, BackoffRate = 2 });

        var notRequested = new Pass(this, "LambdaNotRequested", new PassProps
        {
            Result = Result.FromObject(new Dictionary<string, object> { ["name"] = "lambda", ["status"] = "not_requested" }),
        });
        return new Choice(this, "LambdaRequested?")
            .When(Condition.BooleanEquals("$.plan.suites.lambda", true), targets.Next(functions).Next(collect))
            .Otherwise(notRequested);
    }

    /// <summary>One function: its cold starts, then its warm invocations, then its result entry.</summary>
    private IChainable FunctionMeasurement()
    {
        // Step Functions has no counted loop: a Map over [1..n] is one.
        var counts = new Pass(this, "LambdaCounts", new PassProps
        {
            Parameters = new Dictionary<string, object>
            {
                ["target"] = JsonPath.StringAt("$.target"),
                ["execution"] = JsonPath.StringAt("$.execution"),
                ["cold"] = JsonPath.ArrayRange(1, JsonPath.NumberAt("$.coldStarts"), 1),
                ["warm"] = JsonPath.ArrayRange(1, JsonPath.NumberAt("$.warmInvocations"), 1),
                // suites.lambda.functions of the config: empty means every target.
                ["selected"] = JsonPath.ArrayContains(JsonPath.StringAt("$.functions"), JsonPath.StringAt("$.target.name")),
                ["selectionSize"] = JsonPath.ArrayLength(JsonPath.StringAt("$.functions")),
                ["memorySweep"] = JsonPath.StringAt("$.memorySweep"),
                ["sweepSizes"] = JsonPath.ArrayLength(JsonPath.StringAt("$.memorySweep")),
                ["sweepInvocations"] = JsonPath.NumberAt("$.sweepInvocations"),
                // Replaced by the memory sweep when the profile asks for one.
                ["sweep"] = new Dictionary<string, object>(),
            },
        });
        var skipped = new Pass(this, "LambdaFunctionNotSelected", new PassProps
        {
            Parameters = new Dictionary<string, object>
            {
                ["name"] = JsonPath.StringAt("$.target.name"),
                ["functionName"] = JsonPath.StringAt("$.target.functionName"),
                ["cold"] = Array.Empty<object>(),
                ["warm"] = Array.Empty<object>(),
            },
        });
        var environment = ReadEnvironment();
        var coldItem = Item();
        coldItem["variables"] = JsonPath.StringAt("$.environment.variables");
        var cold = new Map(this, "LambdaColdStarts", new MapProps
        {
            ItemsPath = "$.cold",
            MaxConcurrency = 1,
            ItemSelector = coldItem,
            ResultPath = "$.coldResults",
        });
        cold.ItemProcessor(ColdStart());
        var warm = new Map(this, "LambdaWarmInvocations", new MapProps
        {
            ItemsPath = "$.warm",
            MaxConcurrency = 1,
            ItemSelector = Item(),
            ResultPath = "$.warmResults",
        });
        warm.ItemProcessor(InvokeWithLogTail("Warm"));
        var result = new Pass(this, "LambdaFunctionResult", new PassProps
        {
            Parameters = new Dictionary<string, object>
            {
                ["name"] = JsonPath.StringAt("$.target.name"),
                ["functionName"] = JsonPath.StringAt("$.target.functionName"),
                ["cold"] = JsonPath.StringAt("$.coldResults"),
                ["warm"] = JsonPath.StringAt("$.warmResults"),
                ["sweep"] = JsonPath.StringAt("$.sweep"),
                ["environmentRestore"] = JsonPath.StringAt("$.environmentRestore"),
            },
        });
        var restore = RestoreEnvironment(result);
        var sweepRequested = new Choice(this, "LambdaSweepRequested?")
            .When(Condition.NumberGreaterThan("$.sweepSizes", 0), MemorySweep(restore))
            .Otherwise(restore);
        return counts.Next(new Choice(this, "LambdaFunctionSelected?")
            .When(Condition.Or(Condition.NumberEquals("$.selectionSize", 0), Condition.BooleanEquals("$.selected", true)), environment.Next(cold).Next(warm).Next(sweepRequested))
            .Otherwise(skipped));
    }

    /// <summary>
    /// The function's environment variables into <c>$.environment.variables</c>, read once: the cold starts
    /// add their marker to them and the restore puts them back. A function without variables has no
    /// Environment in its configuration (a path that does not exist would fail the state), hence the Choice.
    /// </summary>
    private Chain ReadEnvironment()
    {
        var read = Call("LambdaReadEnvironment", "getFunctionConfiguration", "lambda:GetFunctionConfiguration",
            new Dictionary<string, object> { ["FunctionName"] = JsonPath.StringAt("$.target.functionName") },
            "$.configuration");
        var some = new Pass(this, "LambdaEnvironment", new PassProps
        {
            Parameters = new Dictionary<string, object> { ["variables"] = JsonPath.StringAt("$.configuration.Environment.Variables") },
            ResultPath = "$.environment",
        });
        var none = new Pass(this, "LambdaNoEnvironment", new PassProps
        {
            Parameters = new Dictionary<string, object> { ["variables"] = new Dictionary<string, object>() },
            ResultPath = "$.environment",
        });
        var done = new Pass(this, "LambdaEnvironmentRead");
        read.Next(new Choice(this, "LambdaHasEnvironment?")
            .When(Condition.IsPresent("$.configuration.Environment.Variables"), some.Next(done))
            .Otherwise(none.Next(done)));
        return Chain.Custom(read, [done], done);
    }

    /// <summary>Put the environment read at the start back and wait until the update is live; its status goes into the result.</summary>
    private IChainable RestoreEnvironment(IChainable next)
    {
        var update = Call("LambdaRestoreEnvironment", "updateFunctionConfiguration", "lambda:UpdateFunctionConfiguration",
            new Dictionary<string, object>
            {
                ["FunctionName"] = JsonPath.StringAt("$.target.functionName"),
                ["Environment"] = new Dictionary<string, object> { ["Variables"] = JsonPath.StringAt("$.environment.variables") },
            },
            JsonPath.DISCARD);
        var poll = Call("LambdaWaitForRestoreEnvironment", "getFunctionConfiguration", "lambda:GetFunctionConfiguration",
            new Dictionary<string, object> { ["FunctionName"] = JsonPath.StringAt("$.target.functionName") },
            "$.environmentRestore", new Dictionary<string, object> { ["status"] = JsonPath.StringAt("$.LastUpdateStatus") });
        var wait = new Wait(this, "LambdaRestoreEnvironmentPending", new WaitProps { Time = WaitTime.Duration(UpdatePollInterval) });
        update.Next(poll).Next(new Choice(this, "LambdaEnvironmentRestored?")
            .When(Condition.StringEquals("$.environmentRestore.status", "InProgress"), wait.Next(poll))
            .Otherwise(next));
        return update;
    }

    /// <summary>
    /// The memory sweep of one function into <c>$.sweep</c>: <c>{ original: { memoryMb, architectures },
    /// results: [{ memoryMb, invocations: [r, …] }, …], error: {} or the caught error, restore: { status } }</c>.
    /// </summary>
    private IChainable MemorySweep(IChainable next)
    {
        var begin = new Pass(this, "LambdaSweepBegin", new PassProps
        {
            Parameters = new Dictionary<string, object> { ["results"] = Array.Empty<object>(), ["error"] = new Dictionary<string, object>() },
            ResultPath = "$.sweep",
        });
        var read = Call("LambdaSweepReadMemory", "getFunctionConfiguration", "lambda:GetFunctionConfiguration",
            new Dictionary<string, object> { ["FunctionName"] = JsonPath.StringAt("$.target.functionName") },
            "$.sweep.original", new Dictionary<string, object>
            {
                ["memoryMb"] = JsonPath.NumberAt("$.MemorySize"),
                ["architectures"] = JsonPath.StringAt("$.Architectures"),
            });
        var sizes = new Map(this, "LambdaMemorySweep", new MapProps
        {
            ItemsPath = "$.memorySweep",
            // One size at a time: the function has one memory size.
            MaxConcurrency = 1,
            ItemSelector = new Dictionary<string, object>
            {
                ["functionName"] = JsonPath.StringAt("$.target.functionName"),
                ["payload"] = JsonPath.StringAt("$.target.payload"),
                ["execution"] = JsonPath.StringAt("$.execution"),
                ["memoryMb"] = JsonPath.NumberAt("$$.Map.Item.Value"),
                ["invocations"] = JsonPath.NumberAt("$.sweepInvocations"),
            },
            ResultPath = "$.sweep.results",
        });
        sizes.ItemProcessor(SweepSize());

        var restore = Call("LambdaSweepRestoreMemory", "updateFunctionConfiguration", "lambda:UpdateFunctionConfiguration",
            new Dictionary<string, object>
            {
                ["FunctionName"] = JsonPath.StringAt("$.target.functionName"),
                ["MemorySize"] = JsonPath.NumberAt("$.sweep.original.memoryMb"),
            },
            JsonPath.DISCARD);
        var restorePoll = Call("LambdaSweepWaitForRestore", "getFunctionConfiguration", "lambda:GetFunctionConfiguration",
            new Dictionary<string, object> { ["FunctionName"] = JsonPath.StringAt("$.target.functionName") },
            "$.sweep.restore", new Dictionary<string, object> { ["status"] = JsonPath.StringAt("$.LastUpdateStatus"), ["memoryMb"] = JsonPath.NumberAt("$.MemorySize") });
        var restoreWait = new Wait(this, "LambdaSweepRestorePending", new WaitProps { Time = WaitTime.Duration(UpdatePollInterval) });
        // A failed size or invocation is caught here: the function's own size comes back whatever happened.
        sizes.AddCatch(restore, new CatchProps { Errors = [Errors.ALL], ResultPath = "$.sweep.error" });
        restore.Next(restorePoll).Next(new Choice(this, "LambdaSweepRestored?")
            .When(Condition.StringEquals("$.sweep.restore.status", "InProgress"), restoreWait.Next(restorePoll))
            .Otherwise(next));
        return begin.Next(read).Next(sizes).Next(restore);
    }

    /// <summary>One size: set it, wait until the change is live, invoke one after another.</summary>
    private IChainable SweepSize()
    {
        var set = Call("LambdaSweepSetMemory", "updateFunctionConfiguration", "lambda:UpdateFunctionConfiguration",
            new Dictionary<string, object>
            {
                ["FunctionName"] = JsonPath.StringAt("$.functionName"),
                ["MemorySize"] = JsonPath.NumberAt("$.memoryMb"),
            },
            JsonPath.DISCARD);
        var poll = Call("LambdaSweepWaitForUpdate", "getFunctionConfiguration", "lambda:GetFunctionConfiguration",
            new Dictionary<string, object> { ["FunctionName"] = JsonPath.StringAt("$.functionName") },
            "$.update", new Dictionary<string, object> { ["status"] = JsonPath.StringAt("$.LastUpdateStatus") });
        var wait = new Wait(this, "LambdaSweepUpdatePending", new WaitProps { Time = WaitTime.Duration(UpdatePollInterval) });
        var range = new Pass(this, "LambdaSweepRange", new PassProps
        {
            Parameters = new Dictionary<string, object> { ["items"] = JsonPath.ArrayRange(1, JsonPath.NumberAt("$.invocations"), 1) },
            ResultPath = "$.range",
        });
        var invocations = new Map(this, "LambdaSweepInvocations", new MapProps
        {
            ItemsPath = "$.range.items",
            MaxConcurrency = 1,
            ItemSelector = new Dictionary<string, object>
            {
                ["functionName"] = JsonPath.StringAt("$.functionName"),
                ["payload"] = JsonPath.StringAt("$.payload"),
                ["memoryMb"] = JsonPath.NumberAt("$.memoryMb"),
            },
            ResultPath = "$.results",
        });
        invocations.ItemProcessor(InvokeWithLogTail("Sweep"));
        var done = new Pass(this, "LambdaSweepSizeResult", new PassProps
        {
            Parameters = new Dictionary<string, object>
            {
                ["memoryMb"] = JsonPath.NumberAt("$.memoryMb"),
                ["invocations"] = JsonPath.StringAt("$.results"),
            },
        });
        var failed = new Fail(this, "LambdaSweepUpdateFailed", new FailProps
        {
            Error = "Lambda.UpdateFailed",
            Cause = "UpdateFunctionConfiguration (MemorySize) ended with LastUpdateStatus Failed: the sweep stops here",
        });
        return set.Next(poll).Next(new Choice(this, "LambdaSweepUpdated?")
            .When(Condition.StringEquals("$.update.status", "Successful"), range.Next(invocations).Next(done))
            .When(Condition.StringEquals("$.update.status", "Failed"), failed)
            .Otherwise(wait.Next(poll)));
    }

    private static Dictionary<string, object> Item() => new()
    {
        ["functionName"] = JsonPath.StringAt("$.target.functionName"),
        ["payload"] = JsonPath.StringAt("$.target.payload"),
        ["execution"] = JsonPath.StringAt("$.execution"),
        ["attempt"] = JsonPath.NumberAt("$$.Map.Item.Value"),
    };

    /// <summary>Force a new execution environment, wait until the change is live, invoke.</summary>
    private IChainable ColdStart()
    {
        var marker = new Pass(this, "LambdaColdStartMarker", new PassProps
        {
            Parameters = new Dictionary<string, object>
            {
                [ColdStartVariable] = JsonPath.Format("{}-{}", JsonPath.StringAt("$.execution"), JsonPath.StringAt("$.attempt")),
            },
            ResultPath = "$.marker",
        });
        var update = Call("LambdaForceColdStart", "updateFunctionConfiguration", "lambda:UpdateFunctionConfiguration",
            new Dictionary<string, object>
            {
                ["FunctionName"] = JsonPath.StringAt("$.functionName"),
                ["Environment"] = new Dictionary<string, object>
                {
                    ["Variables"] = JsonPath.JsonMerge(JsonPath.StringAt("$.variables"), JsonPath.StringAt("$.marker")),
                },
            },
            JsonPath.DISCARD);
        var poll = Call("LambdaWaitForUpdate", "getFunctionConfiguration", "lambda:GetFunctionConfiguration",
            new Dictionary<string, object> { ["FunctionName"] = JsonPath.StringAt("$.functionName") },
            "$.update", new Dictionary<string, object> { ["status"] = JsonPath.StringAt("$.LastUpdateStatus") });
        var wait = new Wait(this, "LambdaUpdatePending", new WaitProps { Time = WaitTime.Duration(UpdatePollInterval) });
        var updateFailed = new Pass(this, "LambdaUpdateFailed", new PassProps
        {
            Parameters = new Dictionary<string, object>
            {
                ["error"] = new Dictionary<string, object>
                {
                    ["Error"] = "Lambda.UpdateFailed",
                    ["Cause"] = "UpdateFunctionConfiguration ended with LastUpdateStatus Failed: no cold start was measured",
                },
            },
        });
        var invoke = InvokeWithLogTail("Cold");
        return marker.Next(update).Next(poll).Next(new Choice(this, "LambdaUpdated?")
            .When(Condition.StringEquals("$.update.status", "Successful"), invoke)
            .When(Condition.StringEquals("$.update.status", "Failed"), updateFailed)
            .Otherwise(wait.Next(poll)));
    }

    /// <summary>Invoke (SDK integration, so a function error is data, not a task failure) and keep only the REPORT's carrier.</summary>
    private IChainable InvokeWithLogTail(string kind)
    {
        var invoke = Call($"LambdaInvoke{kind}", "invoke", "lambda:InvokeFunction", new Dictionary<string, object>
        {
            ["FunctionName"] = JsonPath.StringAt("$.functionName"),
            ["LogType"] = "Tail",
            ["Payload"] = JsonPath.StringAt("$.payload"),
        },
            "$.invocation");
        var failed = new Pass(this, $"LambdaInvoke{kind}Failed", new PassProps
        {
            Parameters = new Dictionary<string, object> { ["error"] = JsonPath.StringAt("$.error") },
        });
        invoke.AddCatch(failed, new CatchProps { Errors = [Errors.ALL], ResultPath = "$.error" });
        var functionError = new Pass(this, $"LambdaInvoke{kind}FunctionError", new PassProps
        {
            Parameters = new Dictionary<string, object>
            {
                ["StatusCode"] = JsonPath.NumberAt("$.invocation.StatusCode"),
                ["FunctionError"] = JsonPath.StringAt("$.invocation.FunctionError"),
                ["LogResult"] = JsonPath.StringAt("$.invocation.LogResult"),
            },
        });
        var succeeded = new Pass(this, $"LambdaInvoke{kind}Succeeded", new PassProps
        {
            Parameters = new Dictionary<string, object>
            {
                ["StatusCode"] = JsonPath.NumberAt("$.invocation.StatusCode"),
                ["LogResult"] = JsonPath.StringAt("$.invocation.LogResult"),
            },
        });
        return invoke.Next(new Choice(this, $"LambdaInvoke{kind}Error?")
            .When(Condition.IsPresent("$.invocation.FunctionError"), functionError)
            .Otherwise(succeeded));
    }

    private CallAwsService Call(string id, string action, string iamAction, Dictionary<string, object> parameters, string resultPath, Dictionary<string, object>? resultSelector = null)
    {
        var task = new CallAwsService(this, id, new CallAwsServiceProps
        {
            ResultPath = resultPath,
            ResultSelector = resultSelector,
            Service = "lambda",
            Action = action,
            IamAction = iamAction,
            IamResources = _targetArns,
            Parameters = parameters,
        });
        task.AddRetry(new RetryProps
        {
            // Updates in flight answer ResourceConflictException until LastUpdateStatus settles.
            Errors = ["Lambda.TooManyRequestsException", "Lambda.ServiceException", "Lambda.ResourceConflictException"],
            Interval = Duration.Seconds(2),
            MaxAttempts = 4,
            BackoffRate = 2,
        });
        return task;
    }
}
