namespace PerfInfra.Testing;

/// <summary>The repository root: the nearest folder above the test binaries holding PerfInfra.sln.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "PerfInfra.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no PerfInfra.sln above {AppContext.BaseDirectory}");
    });

    public static string Path => Root.Value;

    public static string Resolve(string relative) => System.IO.Path.Combine(Path, relative);
}
