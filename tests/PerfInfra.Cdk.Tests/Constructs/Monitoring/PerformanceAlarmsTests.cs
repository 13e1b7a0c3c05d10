using Amazon.CDK.Assertions;
using PerfInfra.Cdk.Constructs.Monitoring;
using PerfInfra.Cdk.Settings;
using PerfInfra.Cdk.Tests.Support;
using PerfInfra.Cdk.Thresholds;
using Match = Amazon.CDK.Assertions.Match;

namespace PerfInfra.Cdk.Tests.Constructs.Monitoring;

[Collection(DefaultAppCollection.Name)]
public sealed class PerformanceAlarmsTests(DefaultApp app)
{
    private readonly Template _template = app.Monitoring;

    [Fact]
    public void Alarms_Count_IsOnePerThresholdPlusOperational()
    {
        var thresholds = ThresholdSource.Load(RepositoryRoot.Resolve(MonitoringDefaults.LoadTestConfigPath));
        _template.ResourceCountIs("AWS::CloudWatch::Alarm", thresholds.Count + PerformanceAlarms.OperationalAlarmCount);
        var thresholdAlarms = _template.FindResources("AWS::CloudWatch::Alarm", new Dictionary<string, object>
        {
            ["Properties"] = new Dictionary<string, object> { ["AlarmName"] = Match.StringLikeRegexp("^" + PerformanceAlarms.ThresholdAlarmPrefix) },
        });
        Assert.Equal(thresholds.Count, thresholdAlarms.Count);
    }

    [Fact]
    public void ApiP95Alarm_Defaults_FiresAtOneSecondOnApiGatewayLatency()
    {
        _template.HasResourceProperties("AWS::CloudWatch::Alarm", new Dictionary<string, object>
        {
            ["AlarmName"] = PerformanceAlarms.ThresholdAlarmPrefix + "api-latency.p95",
            ["Namespace"] = "AWS/ApiGateway",
            ["MetricName"] = "Latency",
            ["ExtendedStatistic"] = "p95",
            ["Threshold"] = 1000,
            ["ComparisonOperator"] = "GreaterThanOrEqualToThreshold",
            ["TreatMissingData"] = "missing",
            ["AlarmActions"] = Match.AnyValue(),
        });
    }

    [Fact]
    public void DmsLagAlarm_Defaults_FiresAtSixtySecondsOnSourceOrTargetLatency()
    {
        _template.HasResourceProperties("AWS::CloudWatch::Alarm", new Dictionary<string, object>
        {
            ["AlarmName"] = PerformanceAlarms.ThresholdAlarmPrefix + "pipeline-dms_lag.max",
            ["Threshold"] = 60,
            ["Metrics"] = Match.ArrayWith([
                Match.ObjectLike(new Dictionary<string, object> { ["Expression"] = "MAX([m0, m1])" }),
                Match.ObjectLike(new Dictionary<string, object>
                {
                    ["MetricStat"] = Match.ObjectLike(new Dictionary<string, object>
                    {
                        ["Metric"] = Match.ObjectLike(new Dictionary<string, object> { ["MetricName"] = "CDCLatencySource" }),
                    }),
                }),
            ]),
        });
    }

    [Fact]
    public void ColdStartAlarm_Defaults_ReadsTheInitDurationFromReportLines()
    {
        _template.HasResourceProperties("AWS::Logs::MetricFilter", new Dictionary<string, object>
        {
            ["FilterPattern"] = Match.StringLikeRegexp("initLabel=Init"),
            ["MetricTransformations"] = new object[]
            {
                Match.ObjectLike(new Dictionary<string, object>
                {
                    ["MetricName"] = ThresholdAlarmMapping.InitDurationMetric,
                    ["MetricValue"] = "$initDuration",
                }),
            },
        });
        _template.HasResourceProperties("AWS::CloudWatch::Alarm", new Dictionary<string, object>
        {
            ["AlarmName"] = PerformanceAlarms.ThresholdAlarmPrefix + "lambda-cold_start.max",
            ["MetricName"] = ThresholdAlarmMapping.InitDurationMetric,
            ["Statistic"] = "Maximum",
            ["Threshold"] = 3000,
        });
    }

    [Fact]
    public void Topic_Always_IsKmsEncryptedAndDashboardExists()
    {
        _template.HasResourceProperties("AWS::SNS::Topic", new Dictionary<string, object> { ["KmsMasterKeyId"] = Match.AnyValue() });
        _template.ResourceCountIs("AWS::CloudWatch::Dashboard", 1);
    }
}
