using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Scheduler;
using Constructs;

namespace PerfInfra.Cdk.Constructs.LoadTesting;

/// <summary>
/// An EventBridge Scheduler schedule that starts the state machine (cron and enabled flag from the
/// settings: weekly and DISABLED by default, because a scheduled load test costs money and loads the
/// target). Its role may only start executions of this state machine.
/// </summary>
public sealed class LoadTestSchedule : Construct
{
    public LoadTestSchedule(Construct scope, string id, LoadTestScheduleProps props)
        : base(scope, id)
    {
        var role = new Role(this, "Role", new RoleProps
        {
            AssumedBy = new ServicePrincipal("scheduler.amazonaws.com"),
            Description = "PerfInfra load-test schedule: start executions of the test state machine, nothing else",
        });
        props.StateMachine.GrantStartExecution(role);
        Schedule = new CfnSchedule(this, "Schedule", new CfnScheduleProps
        {
            Description = "PerfInfra performance tests on a schedule (enable with -c perfinfra:loadTest:scheduleEnabled=true)",
            ScheduleExpression = props.Settings.ScheduleCron,
            ScheduleExpressionTimezone = "UTC",
            State = props.Settings.ScheduleEnabled ? "ENABLED" : "DISABLED",
            FlexibleTimeWindow = new CfnSchedule.FlexibleTimeWindowProperty { Mode = "OFF" },
            Target = new CfnSchedule.TargetProperty
            {
                Arn = props.StateMachine.StateMachineArn,
                RoleArn = role.RoleArn,
                Input = props.Input,
            },
        });
    }

    public CfnSchedule Schedule { get; }
}
