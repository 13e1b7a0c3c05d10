using System.Text.RegularExpressions;
using PerfInfra.PipelineJob.Tests.Support;

namespace PerfInfra.PipelineJob.Tests;

/// <summary>
/// Docker cannot run here, so the image's build is proven through its parts: the Dockerfile's publish is
/// the command build.sh runs (whose binary the process tests run), and the build context holds what it needs.
/// </summary>
public sealed partial class PipelineJobImageTests
{
    [Fact]
    public void Dockerfile_PublishCommand_IsTheOneBuildShRuns()
    {
        var dockerfile = Publish(File.ReadAllText(RepositoryRoot.Resolve("jobs/PerfInfra.PipelineJob/Dockerfile")));
        var buildSh = Publish(File.ReadAllText(RepositoryRoot.Resolve("build.sh")));

        Assert.Equal("dotnet publish jobs/PerfInfra.PipelineJob -c Release -r linux-x64 --self-contained false -o", dockerfile);
        Assert.Equal(dockerfile, buildSh);
    }

    [Fact]
    public void Dockerfile_CopiedPaths_AreLetThroughByDockerignore()
    {
        var dockerfile = File.ReadAllText(RepositoryRoot.Resolve("jobs/PerfInfra.PipelineJob/Dockerfile"));
        var ignore = File.ReadAllLines(RepositoryRoot.Resolve(".dockerignore"));
        var copied = CopySources().Matches(dockerfile).SelectMany(m => m.Groups["paths"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

        Assert.Contains("Directory.Packages.props", copied);
        Assert.All(copied, path => Assert.True(
            File.Exists(RepositoryRoot.Resolve(path)) || Directory.Exists(RepositoryRoot.Resolve(path)), $"{path} is copied but not in the repository"));
        // Each copied path's top folder (or file) must be re-included after the catch-all '*'.
        Assert.Equal("*", ignore.First(l => l.Length > 0 && !l.StartsWith('#')));
        Assert.All(copied, path => Assert.Contains("!" + path.TrimEnd('/').Split('/')[0], ignore));
    }

    /// <summary>The `dotnet publish …` words up to and including -o (the output folder differs by design).</summary>
    private static string Publish(string text)
    {
        var match = PublishCommand().Match(text);
        Assert.True(match.Success, "no `dotnet publish jobs/PerfInfra.PipelineJob … -o` line");
        return Regex.Replace(match.Value, @"\s+", " ").Trim();
    }

    [GeneratedRegex(@"dotnet publish jobs/PerfInfra\.PipelineJob [^\n]*? -o")]
    private static partial Regex PublishCommand();

    [GeneratedRegex(@"^COPY (?!--from)(?<paths>.+) \S+$", RegexOptions.Multiline)]
    private static partial Regex CopySources();
}
