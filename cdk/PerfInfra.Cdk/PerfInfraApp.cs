using Amazon.CDK;
using PerfInfra.Cdk.Settings;
using PerfInfra.Cdk.Stacks;

namespace PerfInfra.Cdk;

/// <summary>The app's stacks and how they are wired; shared by Program.cs and the tests.</summary>
public static class PerfInfraApp
{
    public const string PlatformStackName = "PerfInfra-Platform";

    public static AppStacks AddStacks(App app, PerfInfraSettings settings, string assetsDirectory)
    {
        // No Env: stacks stay environment-agnostic so synth needs no AWS account (DESIGN.md).
        var platform = new PlatformStack(app, PlatformStackName, new PlatformStackProps
        {
            Settings = settings,
            AssetsDirectory = assetsDirectory,
            Description = "PerfInfra reference platform: optimized Lambda functions behind a cached, throttled API",
        });
        return new AppStacks(platform);
    }
}
