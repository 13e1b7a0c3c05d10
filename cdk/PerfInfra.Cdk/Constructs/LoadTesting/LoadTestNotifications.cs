using Amazon.CDK.AWS.Events;
using Amazon.CDK.AWS.Events.Targets;
using Amazon.CDK.AWS.KMS;
using Amazon.CDK.AWS.SNS;
using Constructs;

namespace PerfInfra.Cdk.Constructs.LoadTesting;

/// <summary>
/// An SNS topic told by an EventBridge rule whenever an execution fails, times out or is aborted — a
/// breached threshold ends in the Fail state "ThresholdsBreached", so it is among them. The topic is
/// encrypted with a customer key (EventBridge cannot publish to a topic under the AWS-managed SNS key)
/// and refuses non-TLS publishers.
/// </summary>
public sealed class LoadTestNotifications : Construct
{
    public LoadTestNotifications(Construct scope, string id, LoadTestNotificationsProps props)
        : base(scope, id)
    {
        var key = new Key(this, "TopicKey", new KeyProps
        {
            EnableKeyRotation = true,
            Description = "PerfInfra load-test notifications topic",
        });
        Topic = new Topic(this, "Topic", new TopicProps
        {
            DisplayName = "PerfInfra performance tests",
            MasterKey = key,
            EnforceSSL = true,
        });
        Rule = new Rule(this, "ExecutionFailed", new RuleProps
        {
            Description = "A performance-test execution failed (thresholds breached or a run error)",
            EventPattern = new EventPattern
            {
                Source = ["aws.states"],
                DetailType = ["Step Functions Execution Status Change"],
                Detail = new Dictionary<string, object>
                {
                    ["status"] = new[] { "FAILED", "TIMED_OUT", "ABORTED" },
                    ["stateMachineArn"] = new[] { props.StateMachine.StateMachineArn },
                },
            },
            Targets = [new SnsTopic(Topic)],
        });
        key.GrantEncryptDecrypt(new Amazon.CDK.AWS.IAM.ServicePrincipal("events.amazonaws.com"));
    }

    public Topic Topic { get; }

    public Rule Rule { get; }
}
