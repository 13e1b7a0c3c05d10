using System.Text.Json;
using Amazon.CDK;
using Amazon.CDK.Assertions;
using PerfInfra.Cdk.Settings;
using PerfInfra.Cdk.Thresholds;

namespace PerfInfra.Cdk.Tests.Support;

/// <summary>
/// The whole app built the way Program.cs builds it (context → settings → stacks) and synthesized once.
/// Exposes each stack as an assertion <see cref="Template"/> and as raw JSON for whole-template checks.
/// </summary>
public class SynthesizedApp
{
    public SynthesizedApp()
        : this(null)
    {
    }

    protected SynthesizedApp(IDictionary<string, object>? context)
    {
        var app = new App(new AppProps { Context = CdkJsonContext.With(context) });
        Settings = new ContextSettingsReader(app.Node.TryGetContext).Read();
        var configPath = RepositoryRoot.Resolve(MonitoringDefaults.LoadTestConfigPath);
        Stacks = PerfInfraApp.AddStacks(app, Settings, ThresholdSource.Load(configPath), TestStacks.AssetsDirectory);
        var assembly = app.Synth();
        AssemblyDirectory = assembly.Directory;
        Network = Template.FromStack(Stacks.Network);
        Platform = Template.FromStack(Stacks.Platform);
        Data = Template.FromStack(Stacks.Data);
        Monitoring = Template.FromStack(Stacks.Monitoring);
        LoadTest = Template.FromStack(Stacks.LoadTest);
        Json = new Amazon.CDK.Stack[] { Stacks.Network, Stacks.Platform, Stacks.Data, Stacks.Monitoring, Stacks.LoadTest }.ToDictionary(
            s => s.StackName,
            s => JsonDocument.Parse(File.ReadAllText(Path.Combine(assembly.Directory, s.TemplateFile))).RootElement.Clone());
    }

    public PerfInfraSettings Settings { get; }

    /// <summary>The synthesized cloud assembly (cdk.out): templates and staged assets.</summary>
    public string AssemblyDirectory { get; }

    public AppStacks Stacks { get; }

    public Template Network { get; }

    public Template Platform { get; }

    public Template Data { get; }

    public Template Monitoring { get; }

    public Template LoadTest { get; }

    /// <summary>Each stack's synthesized template by stack name.</summary>
    public IReadOnlyDictionary<string, JsonElement> Json { get; }

    /// <summary>Every resource of every stack as (stack, logical id, resource).</summary>
    public IEnumerable<(string Stack, string LogicalId, JsonElement Resource)> AllResources() =>
        Json.SelectMany(t => t.Value.GetProperty("Resources").EnumerateObject().Select(r => (t.Key, r.Name, r.Value)));
}
