using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Tests.Support;

/// <summary>The app with cdk.json-style context overrides, built as Program.cs builds it, synthesized once.</summary>
public sealed class OverriddenApp() : SynthesizedApp(new Dictionary<string, object>
{
    [ContextSettingsReader.Key("api", "throttleBurstLimit")] = "3000",
    [ContextSettingsReader.Key("api", "staticCacheTtlSeconds")] = "1800",
    [ContextSettingsReader.Key("lambda", "mlMemoryMb")] = "3008",
    [ContextSettingsReader.Key("lambda", "mlReservedConcurrency")] = "0",
    [ContextSettingsReader.Key("dms", "replicationInstanceClass")] = "dms.c5.xlarge",
    [ContextSettingsReader.Key("batch", "maxVcpus")] = "32",
    [ContextSettingsReader.Key("lambda", "provisionedScheduleEnabled")] = "true",
    [ContextSettingsReader.Key("dms", "sourceSecretArn")] = OverriddenApp.ExternalSourceSecretArn,
    [ContextSettingsReader.Key("batch", "jobImage")] = OverriddenApp.JobImage,
})
{
    public const string ExternalSourceSecretArn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop-mysql-AbCdEf";

    public const string JobImage = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/perfinfra-pipeline-job:7";
}
