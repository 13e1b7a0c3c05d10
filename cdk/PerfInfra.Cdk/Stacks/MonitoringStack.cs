using Amazon.CDK;
using Constructs;
using PerfInfra.Cdk.Constructs.Monitoring;

namespace PerfInfra.Cdk.Stacks;

/// <summary>Alarms (one per load-test threshold, plus operational ones), their topic and dashboard.</summary>
public sealed class MonitoringStack : Stack
{
    public MonitoringStack(Construct scope, string id, PerformanceAlarmsProps alarms, IStackProps? props = null)
        : base(scope, id, props)
    {
        Alarms = new PerformanceAlarms(this, "Alarms", alarms);
        _ = new CfnOutput(this, "AlarmTopicArn", new CfnOutputProps { Value = Alarms.Topic.TopicArn });
    }

    public PerformanceAlarms Alarms { get; }
}
