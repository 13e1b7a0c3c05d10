using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.SSM;
using Constructs;

namespace PerfInfra.Cdk.Constructs.LoadTesting;

/// <summary>
/// The operator's stop for load tests (issue #7): an SSM String parameter deployed with the value
/// <see cref="RunValue"/>. Setting it to "stop" (<c>aws ssm put-parameter --name NAME --value stop
/// --overwrite</c>) makes every running worker end its shard within its poll interval, keeping its data,
/// and the plan step refuse new runs. <see cref="GrantRead"/> allows ssm:GetParameter on this parameter
/// and nothing else (CDK's GrantRead would add GetParameters, GetParameterHistory and DescribeParameters).
/// </summary>
public sealed class LoadTestKillSwitch : Construct
{
    public const string RunValue = "run";

    public LoadTestKillSwitch(Construct scope, string id, LoadTestKillSwitchProps props)
        : base(scope, id)
    {
        Parameter = new StringParameter(this, "Parameter", new StringParameterProps
        {
            ParameterName = props.Settings.KillSwitchParameterName,
            StringValue = RunValue,
            Description = "PerfInfra load tests: 'run' lets tests run; 'stop' stops running workers (within 5 s) and refuses new runs",
        });
    }

    public StringParameter Parameter { get; }

    public void GrantRead(IGrantable grantee) => grantee.GrantPrincipal.AddToPrincipalPolicy(new PolicyStatement(new PolicyStatementProps
    {
        Actions = ["ssm:GetParameter"],
        Resources = [Parameter.ParameterArn],
    }));
}
