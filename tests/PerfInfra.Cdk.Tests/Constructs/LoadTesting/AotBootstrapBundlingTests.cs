using PerfInfra.Cdk.Constructs.LoadTesting;

namespace PerfInfra.Cdk.Tests.Constructs.LoadTesting;

public sealed class AotBootstrapBundlingTests
{
    [Fact]
    public void Arguments_Arm64_CrossCompilesWithClang()
    {
        var args = new AotBootstrapBundling("lambdas/PerfInfra.Lambdas/PerfInfra.Lambdas.csproj", arm64: true).Arguments("/out");

        Assert.Contains("linux-arm64", args);
        Assert.Contains("-p:CppCompilerAndLinker=clang-14", args);
        Assert.Equal("/out", args[args.ToList().IndexOf("-o") + 1]);
    }

    [Fact]
    public void Arguments_X64_PublishesForLinuxX64WithoutCrossToolchain()
    {
        var args = new AotBootstrapBundling("p.csproj", arm64: false).Arguments("/out");

        Assert.Contains("linux-x64", args);
        Assert.DoesNotContain(args, a => a.Contains("CppCompilerAndLinker", StringComparison.Ordinal));
    }
}
