namespace PerfInfra.Integration.Tests;

/// <summary>The repository the tests were built from (the folder holding PerfInfra.sln), for runs that need its files.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "PerfInfra.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no PerfInfra.sln above {AppContext.BaseDirectory}");
    }
}
