using Amazon.CDK;
using PerfInfra.Cdk;
using PerfInfra.Cdk.Settings;
using PerfInfra.Cdk.Thresholds;

// The only reader of context and environment: everything below receives typed settings.
var app = new App();
var settings = new ContextSettingsReader(app.Node.TryGetContext).Read();
var thresholds = ThresholdSource.Load(settings.Monitoring.LoadTestConfigPath);
var assets = Path.Combine(AppContext.BaseDirectory, "Assets");
PerfInfraApp.AddStacks(app, settings, thresholds, assets);
app.Synth();
