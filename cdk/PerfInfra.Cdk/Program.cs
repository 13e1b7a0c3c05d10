using Amazon.CDK;
using PerfInfra.Cdk;
using PerfInfra.Cdk.Settings;
using PerfInfra.Cdk.Thresholds;

// The only reader of context and environment: everything below receives typed settings.
const int InvalidSettingsExitCode = 2;

var app = new App();
PerfInfraSettings settings;
try
{
    var contextKeys = CdkContextKeys.FromEnvironment(System.Environment.GetEnvironmentVariable);
    settings = new ContextSettingsReader(app.Node.TryGetContext, contextKeys).Read();
}
catch (InvalidSettingsException e)
{
    // A person fixes cdk.json or -c from this message; a stack trace would only bury it.
    Console.Error.WriteLine(e.Message);
    return InvalidSettingsExitCode;
}

if (settings.LoadTest.SkipBundling)
{
    // CDK bundles the stacks this context lists; none.
    app.Node.SetContext("aws:cdk:bundling-stacks", Array.Empty<string>());
}

var thresholds = ThresholdSource.Load(settings.Monitoring.LoadTestConfigPath);
var assets = Path.Combine(AppContext.BaseDirectory, "Assets");
PerfInfraApp.AddStacks(app, settings, thresholds, assets);
app.Synth();
return 0;
