using Amazon.CDK;
using PerfInfra.Cdk;
using PerfInfra.Cdk.Settings;

// The only reader of context and environment: everything below receives typed settings.
var app = new App();
var settings = new ContextSettingsReader(app.Node.TryGetContext).Read();
var assets = Path.Combine(AppContext.BaseDirectory, "Assets");
PerfInfraApp.AddStacks(app, settings, assets);
app.Synth();
