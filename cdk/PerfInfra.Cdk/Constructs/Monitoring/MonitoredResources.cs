using Amazon.CDK.AWS.Logs;

namespace PerfInfra.Cdk.Constructs.Monitoring;

/// <summary>What the alarms watch beyond metric names: log groups to derive metrics from, and operational targets.</summary>
/// <param name="ApiFunctionLogGroup">Log group of the measured function; its REPORT lines give cold starts and memory.</param>
/// <param name="AuthFunctionName">Function whose alias holds provisioned concurrency.</param>
/// <param name="AuthAliasName">That alias; spillover beyond its provisioned concurrency alarms.</param>
/// <param name="BatchJobQueueArn">Queue whose failed jobs alarm.</param>
public sealed record MonitoredResources(
    MonitoredMetricNames Names,
    ILogGroup ApiFunctionLogGroup,
    string AuthFunctionName,
    string AuthAliasName,
    string BatchJobQueueArn);
