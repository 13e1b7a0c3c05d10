using Amazon.CDK;
using Amazon.CDK.AWS.StepFunctions;
using Amazon.CDK.AWS.StepFunctions.Tasks;
using Constructs;
using PerfInfra.Engine.Preflight;

namespace PerfInfra.Cdk.Constructs.LoadTesting;

/// <summary>
/// The preflight, first in the state machine: unless the input says <c>"preflight": "off"</c>, a Parallel
/// of read-only SDK calls — apigateway:GetStage, lambda:GetProvisionedConcurrencyConfig per alias,
/// athena:GetWorkGroup per workgroup — each answer labelled (<see cref="AwsPreflightResponses"/>) into
/// <see cref="ResultPath"/>. A failed call is caught into its entry, so a missing cache cluster or an
/// unconfigured alias becomes a failed row of the report, never a failed execution. The plan step judges
/// the entries; this construct only reads. Each call is granted on its one resource.
/// </summary>
public sealed class PreflightChecks : Construct
{
    /// <summary>Where the entries land in the state; the plan step's payload reads them from here.</summary>
    public const string ResultPath = "$.preflightResponses";

    /// <summary>The execution input's field, as the state carries the input (<see cref="LoadTestStateMachine.InputPath"/>).</summary>
    public const string ModePath = LoadTestStateMachine.InputPath + ".preflight";

    private readonly PreflightTargets _targets;

    public PreflightChecks(Construct scope, string id, PreflightTargets targets, IChainable next)
        : base(scope, id)
    {
        _targets = targets;
        var calls = new Amazon.CDK.AWS.StepFunctions.Parallel(this, "PreflightChecks", new ParallelProps { ResultPath = ResultPath });
        calls.Branch(GetStage());
        foreach (var pc in targets.Expected.ProvisionedConcurrency)
        {
            calls.Branch(GetProvisionedConcurrency(pc));
        }

        foreach (var wg in targets.Expected.WorkGroups)
        {
            calls.Branch(GetWorkGroup(wg));
        }

        // The plan's payload reads ResultPath whatever the mode: off leaves an empty list there.
        var off = new Pass(this, "PreflightOff", new PassProps { Result = Result.FromArray([]), ResultPath = ResultPath });
        Start = new Choice(this, "Preflight?")
            .When(Condition.And(Condition.IsPresent(ModePath), Condition.IsString(ModePath), Condition.StringEquals(ModePath, "off")), off.Next(next))
            .Otherwise(calls.Next(next));
    }

    /// <summary>The first state of the state machine.</summary>
    public Choice Start { get; }

    private IChainable GetStage()
    {
        var stack = Stack.Of(this);
        return Labelled(new CallAwsService(this, "PreflightGetStage", new CallAwsServiceProps
        {
            Service = "apigateway",
            Action = "getStage",
            Parameters = new Dictionary<string, object> { ["RestApiId"] = _targets.RestApiId, ["StageName"] = _targets.StageName },
            // API Gateway's IAM actions are HTTP verbs on resource paths.
            IamAction = "apigateway:GET",
            IamResources = [$"arn:{stack.Partition}:apigateway:{stack.Region}::/restapis/{_targets.RestApiId}/stages/{_targets.StageName}"],
            ResultSelector = Entry(AwsPreflightResponses.Stage, _targets.StageName),
        }), AwsPreflightResponses.Stage, _targets.StageName);
    }

    private IChainable GetProvisionedConcurrency(ProvisionedConcurrencyExpectation expected)
    {
        var function = _targets.ProvisionedFunctions[expected.Name];
        return Labelled(new CallAwsService(this, $"PreflightProvisionedConcurrency-{expected.Name}", new CallAwsServiceProps
        {
            Service = "lambda",
            Action = "getProvisionedConcurrencyConfig",
            Parameters = new Dictionary<string, object> { ["FunctionName"] = function.FunctionName, ["Qualifier"] = expected.Qualifier },
            IamAction = "lambda:GetProvisionedConcurrencyConfig",
            IamResources = [function.FunctionArn, $"{function.FunctionArn}:{expected.Qualifier}"],
            ResultSelector = Entry(AwsPreflightResponses.ProvisionedConcurrency, expected.Name),
        }), AwsPreflightResponses.ProvisionedConcurrency, expected.Name);
    }

    private IChainable GetWorkGroup(WorkGroupExpectation expected) => Labelled(new CallAwsService(this, $"PreflightWorkGroup-{expected.Name}", new CallAwsServiceProps
    {
        Service = "athena",
        Action = "getWorkGroup",
        Parameters = new Dictionary<string, object> { ["WorkGroup"] = expected.Name },
        IamAction = "athena:GetWorkGroup",
        IamResources = [Stack.Of(this).FormatArn(new ArnComponents { Service = "athena", Resource = "workgroup", ResourceName = expected.Name })],
        ResultSelector = Entry(AwsPreflightResponses.WorkGroup, expected.Name),
    }), AwsPreflightResponses.WorkGroup, expected.Name);

    /// <summary>The call, with its failure caught into a labelled error entry.</summary>
    private IChainable Labelled(CallAwsService call, string check, string name)
    {
        var failed = new Pass(this, call.Node.Id + "-Failed", new PassProps
        {
            Parameters = new Dictionary<string, object>
            {
                [AwsPreflightResponses.CheckField] = check,
                [AwsPreflightResponses.NameField] = name,
                [AwsPreflightResponses.ErrorField] = JsonPath.StringAt("$.error"),
            },
        });
        call.AddCatch(failed, new CatchProps { Errors = [Errors.ALL], ResultPath = "$.error" });
        return call;
    }

    private static Dictionary<string, object> Entry(string check, string name) => new()
    {
        [AwsPreflightResponses.CheckField] = check,
        [AwsPreflightResponses.NameField] = name,
        [AwsPreflightResponses.ResponseField] = JsonPath.EntirePayload,
    };
}
