using Amazon.CDK.AWS.S3;
using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.LoadTesting;

/// <param name="ReportBucket">Reports, worker results over the state limit, and the deployed config.</param>
/// <param name="ConfigKey">The deployed load-test config's key in <paramref name="ReportBucket"/>.</param>
/// <param name="BootstrapDirectory">The bootstrap project's folder (the asset's source).</param>
public sealed record LoadTestFunctionsProps(LoadTestSettings Settings, IBucket ReportBucket, string ConfigKey, string BootstrapDirectory);
