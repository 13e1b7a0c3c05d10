using System.Xml.Linq;

namespace PerfInfra.Engine.Tests.Architecture;

/// <summary>
/// DESIGN.md: the engine references no AWS package, so the same code runs locally and in the AOT
/// Lambda workers, and cloud calls stay in the hosts.
/// </summary>
public sealed class EngineDependencyTests
{
    private static readonly string[] ForbiddenPrefixes = ["Amazon", "AWSSDK"];

    [Fact]
    public void EngineAssembly_ReferencesNoAwsAssembly()
    {
        var references = typeof(EngineInfo).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();

        Assert.NotEmpty(references);
        Assert.DoesNotContain(references, r => ForbiddenPrefixes.Any(p => r.StartsWith(p, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void EngineProject_HasNoAwsPackageOrProjectReference()
    {
        var project = XDocument.Load(Path.Combine(RepositoryRoot(), "src", "PerfInfra.Engine", "PerfInfra.Engine.csproj"));
        var includes = project.Descendants()
            .Where(e => e.Name.LocalName is "PackageReference" or "ProjectReference")
            .Select(e => (string?)e.Attribute("Include") ?? string.Empty)
            .ToList();

        Assert.Contains("HdrHistogram", includes);
        Assert.DoesNotContain(includes, i => ForbiddenPrefixes.Any(p => Path.GetFileName(i).StartsWith(p, StringComparison.OrdinalIgnoreCase)));
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PerfInfra.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PerfInfra.sln not found above " + AppContext.BaseDirectory);
    }
}
