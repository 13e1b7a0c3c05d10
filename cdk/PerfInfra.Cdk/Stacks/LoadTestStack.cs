using System.Text.Json;
using Amazon.CDK;
using Constructs;
using PerfInfra.Cdk.Constructs.LoadTesting;

namespace PerfInfra.Cdk.Stacks;

/// <summary>The serverless load-test harness: report bucket, kill switch, functions, state machine, schedule, notifications.</summary>
public sealed class LoadTestStack : Stack
{
    public LoadTestStack(Construct scope, string id, LoadTestStackProps props)
        : base(scope, id, props)
    {
        Store = new ReportStore(this, "Reports", new ReportStoreProps(props.Settings));
        KillSwitch = new LoadTestKillSwitch(this, "KillSwitch", new LoadTestKillSwitchProps(props.Settings));
        Functions = new LoadTestFunctions(this, "Functions", new LoadTestFunctionsProps(props.Settings, Store.Bucket, props.BootstrapDirectory, props.ConfigPath, KillSwitch, props.Preflight?.Expected));
        Tests = new LoadTestStateMachine(this, "Tests", new LoadTestStateMachineProps(props.Settings, Functions, props.StateMachineName, props.Pipeline, props.Athena, props.LambdaTargets, props.Preflight));
        Schedule = new LoadTestSchedule(this, "Schedule", new LoadTestScheduleProps(props.Settings, Tests.StateMachine, ScheduledInput()));
        Notifications = new LoadTestNotifications(this, "Notifications", new LoadTestNotificationsProps(Tests.StateMachine));
        _ = new CfnOutput(this, "StateMachineArn", new CfnOutputProps { Value = Tests.StateMachine.StateMachineArn });
        _ = new CfnOutput(this, "ReportBucketName", new CfnOutputProps { Value = Store.Bucket.BucketName });
        _ = new CfnOutput(this, "NotificationTopicArn", new CfnOutputProps { Value = Notifications.Topic.TopicArn });
        _ = new CfnOutput(this, "KillSwitchParameterName", new CfnOutputProps
        {
            Value = KillSwitch.Parameter.ParameterName,
            Description = "Stop every running test: aws ssm put-parameter --name <this> --value stop --overwrite",
        });
    }

    public ReportStore Store { get; }

    public LoadTestKillSwitch KillSwitch { get; }

    public LoadTestFunctions Functions { get; }

    public LoadTestStateMachine Tests { get; }

    public LoadTestSchedule Schedule { get; }

    public LoadTestNotifications Notifications { get; }

    /// <summary>Scheduled runs: the API suite with the deployed config's default profile (no overrides).</summary>
    private static string ScheduledInput() => JsonSerializer.Serialize(new Dictionary<string, string[]> { ["suites"] = ["api"] });
}
