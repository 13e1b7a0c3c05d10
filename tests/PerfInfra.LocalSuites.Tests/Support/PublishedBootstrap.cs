using System.Diagnostics;

namespace PerfInfra.LocalSuites.Tests.Support;

/// <summary>
/// The Lambdas' Native AOT bootstrap, published once per test run into the folder `dotnet publish`
/// uses by default (lambdas/PerfInfra.Lambdas/bin/Release/net10.0/linux-x64/publish), so the suite's own
/// lookup finds it too. Reused while it is newer than every source file of the Lambdas and the engine:
/// an AOT publish takes minutes on two cores.
/// </summary>
public sealed class PublishedBootstrap : IAsyncLifetime
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(10);

    public string Path { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        // build.sh publishes it once for every test project and says where.
        if (Environment.GetEnvironmentVariable("PERF_LAMBDA_BOOTSTRAP") is { } published && File.Exists(published))
        {
            Path = published;
            return;
        }

        var root = RepositoryRoot();
        Path = System.IO.Path.Combine(root, "lambdas/PerfInfra.Lambdas/bin/Release/net10.0/linux-x64/publish/bootstrap");
        if (IsFresh(root))
        {
            return;
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { "publish", "lambdas/PerfInfra.Lambdas", "-c", "Release", "-r", "linux-x64", "-nologo", "-v:q", "-clp:ErrorsOnly" })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(PublishTimeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0 || !File.Exists(Path))
        {
            throw new InvalidOperationException($"dotnet publish lambdas/PerfInfra.Lambdas -r linux-x64 failed (exit {process.ExitCode}): {await stdout}{await stderr}");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private bool IsFresh(string root)
    {
        if (!File.Exists(Path))
        {
            return false;
        }

        var built = File.GetLastWriteTimeUtc(Path);
        var sources = new[] { "lambdas/PerfInfra.Lambdas", "src/PerfInfra.Engine" }
            .SelectMany(d => Directory.EnumerateFiles(System.IO.Path.Combine(root, d), "*.*", SearchOption.AllDirectories))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".csproj", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal));
        return sources.All(f => File.GetLastWriteTimeUtc(f) <= built);
    }

    private static string RepositoryRoot()
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
