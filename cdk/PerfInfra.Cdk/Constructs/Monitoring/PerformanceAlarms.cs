using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.CloudWatch.Actions;
using Amazon.CDK.AWS.Events;
using Amazon.CDK.AWS.Events.Targets;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.KMS;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.SNS;
using Amazon.CDK.AWS.SNS.Subscriptions;
using Constructs;
using PerfInfra.Cdk.Settings;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Cdk.Constructs.Monitoring;

/// <summary>
/// Exactly one CloudWatch alarm per threshold of the load-test config (mapped by
/// <see cref="ThresholdAlarmMapping"/>), plus the operational alarms no threshold covers: Lambda
/// throttles, provisioned-concurrency spillover, failed Batch jobs and failed test executions. All
/// notify one encrypted SNS topic; a dashboard shows the same alarms.
/// </summary>
public sealed class PerformanceAlarms : Construct
{
    public const string ThresholdAlarmPrefix = "PerfInfra-threshold-";

    public const string OperationalAlarmPrefix = "PerfInfra-ops-";

    /// <summary>Throttles, spillover, Batch failures, test execution failures.</summary>
    public const int OperationalAlarmCount = 4;

    private readonly MonitoringSettings _settings;
    private readonly MonitoredResources _resources;
    private readonly SnsAction _notify;
    private readonly List<Alarm> _thresholdAlarms = [];
    private readonly List<Alarm> _operationalAlarms = [];

    public PerformanceAlarms(Construct scope, string id, PerformanceAlarmsProps props)
        : base(scope, id)
    {
        _settings = props.Settings;
        _resources = props.Resources;
        Topic = BuildTopic();
        _notify = new SnsAction(Topic);
        AddReportLineMetricFilters();
        AddThresholdAlarms(props.Thresholds);
        AddOperationalAlarms();
        BuildDashboard();
    }

    public ITopic Topic { get; }

    public IReadOnlyList<Alarm> ThresholdAlarms => _thresholdAlarms;

    public IReadOnlyList<Alarm> OperationalAlarms => _operationalAlarms;

    private Topic BuildTopic()
    {
        var key = new Key(this, "TopicKey", new KeyProps
        {
            EnableKeyRotation = true,
            Description = "PerfInfra alarm topic encryption",
            RemovalPolicy = RemovalPolicy.DESTROY,
        });
        // CloudWatch alarms and EventBridge publish to the encrypted topic, so they must use the key.
        key.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Principals = [new ServicePrincipal("cloudwatch.amazonaws.com"), new ServicePrincipal("events.amazonaws.com")],
            Actions = ["kms:Decrypt", "kms:GenerateDataKey*"],
            // In a key policy "*" means this key itself.
            Resources = ["*"],
        }));
        var topic = new Topic(this, "AlarmTopic", new TopicProps
        {
            DisplayName = "PerfInfra performance alarms",
            MasterKey = key,
            EnforceSSL = true,
        });
        if (_settings.AlarmEmail is { } email)
        {
            topic.AddSubscription(new EmailSubscription(email));
        }

        return topic;
    }

    /// <summary>
    /// Cold starts and memory are in the REPORT line Lambda writes after each invocation:
    /// "REPORT RequestId: id Duration: d ms Billed Duration: b ms Memory Size: m MB Max Memory Used: u MB [Init Duration: i ms]".
    /// </summary>
    private void AddReportLineMetricFilters()
    {
        const string fields = "[type=REPORT, requestIdLabel, requestId, durationLabel, duration, durationUnit, billedLabel, billedDurationLabel, "
            + "billedDuration, billedUnit, memoryLabel, sizeLabel, memorySize, memoryUnit, maxLabel, maxMemoryLabel, usedLabel, maxMemoryUsed, usedUnit";
        _ = new MetricFilter(this, "ColdStartFilter", new MetricFilterProps
        {
            LogGroup = _resources.ApiFunctionLogGroup,
            FilterPattern = FilterPattern.Literal(fields + ", initLabel=Init, initDurationLabel, initDuration, initUnit, ...]"),
            MetricNamespace = ThresholdAlarmMapping.ReportLineNamespace,
            MetricName = ThresholdAlarmMapping.InitDurationMetric,
            MetricValue = "$initDuration",
            Unit = Unit.MILLISECONDS,
        });
        _ = new MetricFilter(this, "MaxMemoryFilter", new MetricFilterProps
        {
            LogGroup = _resources.ApiFunctionLogGroup,
            FilterPattern = FilterPattern.Literal(fields + ", ...]"),
            MetricNamespace = ThresholdAlarmMapping.ReportLineNamespace,
            MetricName = ThresholdAlarmMapping.MaxMemoryUsedMetric,
            MetricValue = "$maxMemoryUsed",
            Unit = Unit.MEGABYTES,
        });
    }

    private void AddThresholdAlarms(IReadOnlyList<ThresholdDefinition> thresholds)
    {
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var threshold in thresholds)
        {
            var spec = ThresholdAlarmMapping.Map(threshold, _resources.Names, _settings.AlarmPeriodSeconds);
            var name = UniqueName(ThresholdAlarmPrefix + Sanitize($"{threshold.Scope}-{threshold.Expression.Metric}"), usedNames);
            var alarm = new Alarm(this, name, new AlarmProps
            {
                AlarmName = name,
                AlarmDescription = spec.Description,
                Metric = BuildMetric(spec),
                Threshold = spec.AlarmThreshold,
                ComparisonOperator = ToCloudWatch(spec.Comparison),
                EvaluationPeriods = _settings.EvaluationPeriods,
                DatapointsToAlarm = _settings.DatapointsToAlarm,
                // No traffic is not a pass: the alarm shows INSUFFICIENT_DATA rather than OK.
                TreatMissingData = TreatMissingData.MISSING,
            });
            alarm.AddAlarmAction(_notify);
            _thresholdAlarms.Add(alarm);
        }
    }

    private IMetric BuildMetric(ThresholdAlarmSpec spec)
    {
        var period = Duration.Seconds(_settings.AlarmPeriodSeconds);
        var metrics = spec.Metrics.Select(m => new Metric(new MetricProps
        {
            Namespace = m.Namespace,
            MetricName = m.MetricName,
            DimensionsMap = m.Dimensions.ToDictionary(d => d.Key, d => d.Value),
            Statistic = m.Statistic,
            Period = period,
        })).ToList();
        if (spec.Expression is null)
        {
            return metrics[0];
        }

        return new MathExpression(new MathExpressionProps
        {
            Expression = spec.Expression,
            UsingMetrics = metrics.Select((m, i) => (Key: "m" + i, Metric: (IMetric)m)).ToDictionary(x => x.Key, x => x.Metric),
            Period = period,
            Label = spec.Threshold.Expression.Metric.ToString(),
        });
    }

    private void AddOperationalAlarms()
    {
        var names = _resources.Names;
        AddOperationalAlarm("api-function-throttles", "The measured API function was throttled: raise its concurrency before trusting latency results.",
            LambdaMetric("Throttles", new Dictionary<string, string> { ["FunctionName"] = names.ApiFunctionName }));
        AddOperationalAlarm("auth-provisioned-spillover", "Auth requests exceeded provisioned concurrency and cold-started: raise the scaling ceiling or target.",
            LambdaMetric("ProvisionedConcurrencySpilloverInvocations", new Dictionary<string, string>
            {
                ["FunctionName"] = _resources.AuthFunctionName,
                ["Resource"] = $"{_resources.AuthFunctionName}:{_resources.AuthAliasName}",
            }));
        AddOperationalAlarm("batch-job-failures", "A Parquet conversion job failed in the pipeline's Batch queue.", BatchFailureMetric());
        AddOperationalAlarm("test-executions-failed", "A performance-test state machine execution failed (not a threshold verdict: the run itself broke).",
            new Metric(new MetricProps
            {
                Namespace = "AWS/States",
                MetricName = "ExecutionsFailed",
                DimensionsMap = new Dictionary<string, string>
                {
                    ["StateMachineArn"] = Stack.Of(this).FormatArn(new ArnComponents
                    {
                        Service = "states",
                        Resource = "stateMachine",
                        ResourceName = _settings.TestStateMachineName,
                        ArnFormat = ArnFormat.COLON_RESOURCE_NAME,
                    }),
                },
                Statistic = "Sum",
                Period = Duration.Seconds(_settings.AlarmPeriodSeconds),
            }));
    }

    private Metric LambdaMetric(string metricName, Dictionary<string, string> dimensions) => new(new MetricProps
    {
        Namespace = "AWS/Lambda",
        MetricName = metricName,
        DimensionsMap = dimensions,
        Statistic = "Sum",
        Period = Duration.Seconds(_settings.AlarmPeriodSeconds),
    });

    /// <summary>AWS Batch publishes no failure metric; a rule matching FAILED jobs counts them (and notifies each one).</summary>
    private Metric BatchFailureMetric()
    {
        var rule = new Rule(this, "BatchJobFailed", new RuleProps
        {
            Description = "PerfInfra: a job of the pipeline's Batch queue failed",
            EventPattern = new EventPattern
            {
                Source = ["aws.batch"],
                DetailType = ["Batch Job State Change"],
                Detail = new Dictionary<string, object>
                {
                    ["status"] = new[] { "FAILED" },
                    ["jobQueue"] = new[] { _resources.BatchJobQueueArn },
                },
            },
        });
        rule.AddTarget(new SnsTopic(Topic));
        return new Metric(new MetricProps
        {
            Namespace = "AWS/Events",
            MetricName = "TriggeredRules",
            DimensionsMap = new Dictionary<string, string> { ["RuleName"] = rule.RuleName },
            Statistic = "Sum",
            Period = Duration.Seconds(_settings.AlarmPeriodSeconds),
        });
    }

    private void AddOperationalAlarm(string name, string description, IMetric metric)
    {
        var alarmName = OperationalAlarmPrefix + name;
        var alarm = new Alarm(this, alarmName, new AlarmProps
        {
            AlarmName = alarmName,
            AlarmDescription = description,
            Metric = metric,
            Threshold = 1,
            ComparisonOperator = ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
            EvaluationPeriods = 1,
            // These count events; no event in a period means nothing went wrong.
            TreatMissingData = TreatMissingData.NOT_BREACHING,
        });
        alarm.AddAlarmAction(_notify);
        _operationalAlarms.Add(alarm);
    }

    private void BuildDashboard()
    {
        var dashboard = new Dashboard(this, "Dashboard", new DashboardProps { DashboardName = _settings.DashboardName });
        dashboard.AddWidgets(new TextWidget(new TextWidgetProps
        {
            Markdown = "# PerfInfra performance\nOne graph per load-test threshold (the line is the threshold), then the operational alarms.",
            Width = 24,
            Height = 2,
        }));
        foreach (var row in _thresholdAlarms.Concat(_operationalAlarms).Chunk(4))
        {
            dashboard.AddWidgets(row.Select(alarm => (IWidget)new AlarmWidget(new AlarmWidgetProps
            {
                Alarm = alarm,
                Title = alarm.Node.Id,
                Width = 6,
                Height = 6,
            })).ToArray());
        }
    }

    private static ComparisonOperator ToCloudWatch(AlarmComparison comparison) => comparison switch
    {
        AlarmComparison.GreaterThanOrEqual => ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        AlarmComparison.GreaterThan => ComparisonOperator.GREATER_THAN_THRESHOLD,
        AlarmComparison.LessThanOrEqual => ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD,
        _ => ComparisonOperator.LESS_THAN_THRESHOLD,
    };

    /// <summary>Alarm names allow most characters, but construct ids and dashboards read better with [A-Za-z0-9._-].</summary>
    private static string Sanitize(string text) =>
        new(text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-').ToArray());

    private static string UniqueName(string name, HashSet<string> used)
    {
        var candidate = name;
        for (var i = 2; !used.Add(candidate); i++)
        {
            candidate = $"{name}-{i}";
        }

        return candidate;
    }
}
