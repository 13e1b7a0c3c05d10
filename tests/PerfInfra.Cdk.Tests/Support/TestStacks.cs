using Amazon.CDK;
using Amazon.CDK.Assertions;

namespace PerfInfra.Cdk.Tests.Support;

/// <summary>Builds a construct in a fresh app and stack and synthesizes it once.</summary>
internal static class TestStacks
{
    /// <summary>The folder Program.cs hands the constructs (Assets is copied next to the app's binaries).</summary>
    public static string AssetsDirectory => Path.Combine(AppContext.BaseDirectory, "Assets");

    public static Template Synthesize(Action<Stack> build, IDictionary<string, object>? context = null)
    {
        var app = new App(new AppProps { Context = CdkJsonContext.With(context) });
        var stack = new Stack(app, "Test");
        build(stack);
        return Template.FromStack(stack);
    }
}
