using Amazon.CDK.AWS.S3;
using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.LoadTesting;

/// <param name="ReportBucket">Reports and worker results over the state limit.</param>
/// <param name="BootstrapDirectory">The bootstrap project's folder (the asset's source).</param>
/// <param name="ConfigPath">The load-test config, shipped beside the bootstrap in the functions' code.</param>
/// <param name="KillSwitch">Read by plan (refuses to start on "stop") and polled by every worker.</param>
/// <param name="PreflightExpected">What plan compares the preflight's responses with; null: plan reports the preflight skipped.</param>
public sealed record LoadTestFunctionsProps(
    LoadTestSettings Settings, IBucket ReportBucket, string BootstrapDirectory, string ConfigPath, LoadTestKillSwitch KillSwitch,
    PerfInfra.Engine.Preflight.AwsPreflightExpectations? PreflightExpected = null);
