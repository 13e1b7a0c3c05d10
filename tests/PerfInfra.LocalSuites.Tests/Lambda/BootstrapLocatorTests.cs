using PerfInfra.LocalSuites.Lambda;

namespace PerfInfra.LocalSuites.Tests.Lambda;

public sealed class BootstrapLocatorTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("perfinfra-locator-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Locate_PublishOutputAboveTheCurrentFolder_FindsIt()
    {
        var published = Path.Combine(_root, "lambdas/PerfInfra.Lambdas/bin/Release/net10.0/linux-x64/publish/bootstrap");
        Directory.CreateDirectory(Path.GetDirectoryName(published)!);
        File.WriteAllText(published, "");
        var nested = Directory.CreateDirectory(Path.Combine(_root, "tests", "performance")).FullName;

        var (path, reason) = BootstrapLocator.Locate(_ => null, nested, Path.Combine(_root, "elsewhere"));

        Assert.Equal(published, path);
        Assert.Null(reason);
    }

    [Fact]
    public void Locate_VariableNamesAMissingFile_SaysWhichAndHowToPublish()
    {
        var (path, reason) = BootstrapLocator.Locate(n => n == "PERF_LAMBDA_BOOTSTRAP" ? "out/bootstrap" : null, _root, _root);

        Assert.Null(path);
        Assert.Contains("PERF_LAMBDA_BOOTSTRAP=out/bootstrap", reason, StringComparison.Ordinal);
        Assert.Contains("dotnet publish", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_NothingPublished_TellsHowToPublish()
    {
        var (path, reason) = BootstrapLocator.Locate(_ => null, _root, _root);

        Assert.Null(path);
        Assert.Contains("dotnet publish lambdas/PerfInfra.Lambdas -c Release -r linux-x64", reason, StringComparison.Ordinal);
    }
}
