namespace PerfInfra.Cdk.Tests.Support;

/// <summary>The repository root (the folder with cdk.json), where the CDK CLI runs the app.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    /// <summary>A repository-relative path (as Program.cs uses them, cwd = root) made absolute for tests.</summary>
    public static string Resolve(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "cdk.json")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName
            ?? throw new InvalidOperationException($"No cdk.json above {AppContext.BaseDirectory}; tests must run inside the repository.");
    }
}
