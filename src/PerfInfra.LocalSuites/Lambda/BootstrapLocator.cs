namespace PerfInfra.LocalSuites.Lambda;

/// <summary>
/// Finds the project's Native AOT <c>bootstrap</c>: <c>PERF_LAMBDA_BOOTSTRAP</c> when set (it must exist),
/// else a <c>bootstrap</c> next to the running program, else the linux-x64 publish output of
/// lambdas/PerfInfra.Lambdas under the current folder or any folder above it or above the program.
/// </summary>
internal static class BootstrapLocator
{
    /// <summary>The bootstrap's path, or null with the reason a person can act on.</summary>
    public static (string? Path, string? Reason) Locate(Func<string, string?> environment, string currentDirectory, string programDirectory)
    {
        if (environment(LocalLambdaDefaults.BootstrapVariable) is { Length: > 0 } configured)
        {
            var full = System.IO.Path.GetFullPath(configured, currentDirectory);
            return File.Exists(full)
                ? (full, null)
                : (null, $"{LocalLambdaDefaults.BootstrapVariable}={configured}: no such file (publish it with `{LocalLambdaDefaults.PublishCommand}`)");
        }

        var beside = System.IO.Path.Combine(programDirectory, "bootstrap");
        if (File.Exists(beside))
        {
            return (beside, null);
        }

        foreach (var start in new[] { currentDirectory, programDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, LocalLambdaDefaults.PublishedBootstrap);
                if (File.Exists(candidate))
                {
                    return (candidate, null);
                }
            }
        }

        return (null,
            $"needs the Lambda bootstrap built with Native AOT: run `{LocalLambdaDefaults.PublishCommand}` in the repository, "
            + $"or set {LocalLambdaDefaults.BootstrapVariable} to a published bootstrap");
    }
}
